//go:build ignore

package main

// Mutant: decides the side by comparing the middle with the left end, which
// cannot tell an unrotated array from one whose minimum lies to the right.
func findMin(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] >= nums[lo] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return nums[lo]
}
