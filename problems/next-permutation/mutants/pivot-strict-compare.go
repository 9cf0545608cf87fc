//go:build ignore

package main

// Mutant: looks for the pivot with nums[i] > nums[i+1] instead of >=, so an
// equal pair in the tail stops the scan too early: the "pivot" then has no
// larger value to its right and the search for one runs off the array.
func nextPermutation(nums []int) {
	i := len(nums) - 2
	for i >= 0 && nums[i] > nums[i+1] {
		i--
	}
	if i >= 0 {
		j := len(nums) - 1
		for nums[j] <= nums[i] {
			j--
		}
		nums[i], nums[j] = nums[j], nums[i]
	}
	for lo, hi := i+1, len(nums)-1; lo < hi; lo, hi = lo+1, hi-1 {
		nums[lo], nums[hi] = nums[hi], nums[lo]
	}
}
