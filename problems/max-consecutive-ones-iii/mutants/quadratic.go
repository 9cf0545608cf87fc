//go:build ignore

package main

// Mutant: from every start, extends to the right until a (k+1)-th zero
// appears. Correct, but O(n^2) when windows are long: on all ones it scans to
// the end from every start.
// verdict: time_limit_exceeded
func longestOnes(nums []int, k int) int {
	best := 0
	for i := range nums {
		zeros := 0
		j := i
		for ; j < len(nums); j++ {
			if nums[j] == 0 {
				zeros++
				if zeros > k {
					break
				}
			}
		}
		best = max(best, j-i)
	}
	return best
}
