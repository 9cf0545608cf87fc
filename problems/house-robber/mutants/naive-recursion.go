//go:build ignore

package main

// Mutant: recursion over "rob this house or skip it" without memoization;
// the call tree grows like the Fibonacci numbers, hopeless at 100 houses.
// verdict: time_limit_exceeded
func rob(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	if len(nums) == 1 {
		return nums[0]
	}
	return max(rob(nums[1:]), nums[0]+rob(nums[2:]))
}
