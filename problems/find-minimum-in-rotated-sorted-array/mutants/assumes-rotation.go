//go:build ignore

package main

// Mutant: searches for the first value smaller than nums[0], assuming the
// array is really rotated; a fully sorted array answers its last value.
func findMin(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] >= nums[0] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return nums[lo]
}
