//go:build ignore

package main

// Mutant: extends a running sum from every start position. Correct, but
// O(n^2) = 5*10^9 additions at n = 10^5.
// verdict: time_limit_exceeded
func maxSubArray(nums []int) int {
	best := nums[0]
	for i := range nums {
		sum := 0
		for j := i; j < len(nums); j++ {
			sum += nums[j]
			if sum > best {
				best = sum
			}
		}
	}
	return best
}
