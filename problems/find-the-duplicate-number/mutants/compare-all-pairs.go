//go:build ignore

package main

// Mutant: compares every pair of positions, O(n^2) time, far too slow at
// 10^5 values when the pair sits at the end.
// verdict: time_limit_exceeded
func findDuplicate(nums []int) int {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i] == nums[j] {
				return nums[i]
			}
		}
	}
	return -1
}
