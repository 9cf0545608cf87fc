//go:build ignore

package main

// Mutant: the comparison is flipped, so the search follows the slope
// downhill and ends at a valley or an end of the array.
func findPeakElement(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] > nums[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
