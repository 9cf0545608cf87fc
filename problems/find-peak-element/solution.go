//go:build ignore

package main

// findPeakElement binary-searches on the slope: if nums[mid] < nums[mid+1]
// the values keep rising to the right, and since the array ends in -∞ a peak
// must lie right of mid; otherwise mid itself or something left of it is a
// peak. The range [lo, hi] always contains a peak and shrinks to one index.
func findPeakElement(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < nums[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
