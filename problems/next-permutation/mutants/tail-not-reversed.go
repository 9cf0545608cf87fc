//go:build ignore

package main

// Mutant: swaps the pivot with its successor but leaves the tail in its
// descending order, skipping every arrangement in between: [1,3,2] becomes
// [2,3,1] instead of [2,1,3].
func nextPermutation(nums []int) {
	i := len(nums) - 2
	for i >= 0 && nums[i] >= nums[i+1] {
		i--
	}
	if i < 0 {
		for lo, hi := 0, len(nums)-1; lo < hi; lo, hi = lo+1, hi-1 {
			nums[lo], nums[hi] = nums[hi], nums[lo]
		}
		return
	}
	j := len(nums) - 1
	for nums[j] <= nums[i] {
		j--
	}
	nums[i], nums[j] = nums[j], nums[i]
}
