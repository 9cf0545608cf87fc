//go:build ignore

package main

// Mutant: moves hi to mid-1 when the middle is in the smaller run, throwing
// away the middle although it may be the minimum.
func findMin(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] > nums[hi] {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return nums[lo]
}
