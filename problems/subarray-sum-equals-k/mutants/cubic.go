//go:build ignore

package main

// Mutant: re-adds every stretch from scratch: O(n^3), about 1.3*10^12
// additions at n = 2*10^4.
// verdict: time_limit_exceeded
func subarraySum(nums []int, k int) int {
	count := 0
	for i := range nums {
		for j := i; j < len(nums); j++ {
			sum := 0
			for _, v := range nums[i : j+1] {
				sum += v
			}
			if sum == k {
				count++
			}
		}
	}
	return count
}
