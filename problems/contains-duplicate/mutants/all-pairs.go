//go:build ignore

package main

// Mutant: compares every pair of positions. Correct, but O(n^2): with no
// duplicate among 10^5 values that is 5*10^9 comparisons.
// verdict: time_limit_exceeded
func containsDuplicate(nums []int) bool {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i] == nums[j] {
				return true
			}
		}
	}
	return false
}
