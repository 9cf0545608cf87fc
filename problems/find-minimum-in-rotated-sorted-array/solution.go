//go:build ignore

package main

// findMin keeps the minimum inside [lo, hi]. A middle value larger than the
// last one lies in the first (larger) run, so the minimum is to its right;
// otherwise the middle is in the second run and may itself be the minimum.
func findMin(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] > nums[hi] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return nums[lo]
}
