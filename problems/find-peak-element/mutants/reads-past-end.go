//go:build ignore

package main

// Mutant: loops while lo <= hi and reads nums[mid+1] even when mid is the
// last index, which panics whenever the search climbs to the right end.
func findPeakElement(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < nums[mid+1] {
			lo = mid + 1
		} else if mid > 0 && nums[mid] < nums[mid-1] {
			hi = mid - 1
		} else {
			return mid
		}
	}
	return -1
}
