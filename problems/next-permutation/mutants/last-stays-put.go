//go:build ignore

package main

// Mutant: returns early when there is no pivot, leaving the last arrangement
// (non-increasing all through) unchanged instead of wrapping to the first.
func nextPermutation(nums []int) {
	i := len(nums) - 2
	for i >= 0 && nums[i] >= nums[i+1] {
		i--
	}
	if i < 0 {
		return
	}
	j := len(nums) - 1
	for nums[j] <= nums[i] {
		j--
	}
	nums[i], nums[j] = nums[j], nums[i]
	for lo, hi := i+1, len(nums)-1; lo < hi; lo, hi = lo+1, hi-1 {
		nums[lo], nums[hi] = nums[hi], nums[lo]
	}
}
