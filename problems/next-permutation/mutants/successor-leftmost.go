//go:build ignore

package main

// Mutant: swaps the pivot with the first larger value met from the left of
// the tail, which is the largest such value, not the smallest: [1,3,2]
// becomes [3,1,2] instead of [2,1,3].
func nextPermutation(nums []int) {
	i := len(nums) - 2
	for i >= 0 && nums[i] >= nums[i+1] {
		i--
	}
	if i >= 0 {
		j := i + 1
		for j < len(nums) && nums[j] <= nums[i] {
			j++
		}
		nums[i], nums[j] = nums[j], nums[i]
	}
	for lo, hi := i+1, len(nums)-1; lo < hi; lo, hi = lo+1, hi-1 {
		nums[lo], nums[hi] = nums[hi], nums[lo]
	}
}
