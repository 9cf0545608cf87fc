//go:build ignore

package main

// canJump explores the jump graph breadth first: every index found is
// queued once, and from it every jump length is tried.
func canJump(nums []int) bool {
	n := len(nums)
	seen := make([]bool, n)
	seen[0] = true
	queue := []int{0}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		if i == n-1 {
			return true
		}
		for j := i + 1; j <= i+nums[i] && j < n; j++ {
			if !seen[j] {
				seen[j] = true
				queue = append(queue, j)
			}
		}
	}
	return false
}
