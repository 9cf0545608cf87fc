//go:build ignore

package main

import "math"

// Mutant: tries taking or skipping every element recursively without
// memoization: 2^n calls on an increasing input.
// verdict: time_limit_exceeded
func lengthOfLIS(nums []int) int {
	var best func(i, prev int) int
	best = func(i, prev int) int {
		if i == len(nums) {
			return 0
		}
		skip := best(i+1, prev)
		if nums[i] > prev {
			return max(skip, 1+best(i+1, nums[i]))
		}
		return skip
	}
	return best(0, math.MinInt)
}
