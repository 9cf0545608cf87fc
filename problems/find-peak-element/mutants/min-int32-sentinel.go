//go:build ignore

package main

import "math"

// Mutant: stands in math.MinInt32 for the missing neighbours, so an element
// equal to -2^31 at an end can never beat its "neighbour" and no peak is
// found.
func findPeakElement(nums []int) int {
	n := len(nums)
	for i := 0; i < n; i++ {
		left, right := math.MinInt32, math.MinInt32
		if i > 0 {
			left = nums[i-1]
		}
		if i < n-1 {
			right = nums[i+1]
		}
		if nums[i] > left && nums[i] > right {
			return i
		}
	}
	return -1
}
