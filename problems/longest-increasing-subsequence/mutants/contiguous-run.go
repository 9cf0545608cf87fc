//go:build ignore

package main

// Mutant: measures the longest run of consecutive increasing elements,
// confusing a subsequence with a subarray.
func lengthOfLIS(nums []int) int {
	best, run := 1, 1
	for i := 1; i < len(nums); i++ {
		if nums[i] > nums[i-1] {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return best
}
