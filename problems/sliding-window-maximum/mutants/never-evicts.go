//go:build ignore

package main

// Mutant: keeps one running maximum and never lets it leave, so after a large
// value slides out of the window it is still reported.
func maxSlidingWindow(nums []int, k int) []int {
	res := make([]int, 0, len(nums)-k+1)
	best := nums[0]
	for i, v := range nums {
		best = max(best, v)
		if i >= k-1 {
			res = append(res, best)
		}
	}
	return res
}
