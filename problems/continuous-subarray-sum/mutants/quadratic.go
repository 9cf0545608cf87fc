//go:build ignore

package main

// Mutant: tries every stretch of two or more with a running sum. Correct,
// but O(n^2) when no stretch qualifies.
// verdict: time_limit_exceeded
func checkSubarraySum(nums []int, k int) bool {
	for i := range nums {
		sum := nums[i]
		for j := i + 1; j < len(nums); j++ {
			sum += nums[j]
			if sum%k == 0 {
				return true
			}
		}
	}
	return false
}
