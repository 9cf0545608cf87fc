//go:build ignore

package main

// Mutant: takes the rightmost tail value that is >= the pivot instead of >,
// so a copy of the pivot in the tail is "swapped" in and the value never
// grows: [1,5,1] becomes [1,1,5], a smaller arrangement.
func nextPermutation(nums []int) {
	i := len(nums) - 2
	for i >= 0 && nums[i] >= nums[i+1] {
		i--
	}
	if i >= 0 {
		j := len(nums) - 1
		for nums[j] < nums[i] {
			j--
		}
		nums[i], nums[j] = nums[j], nums[i]
	}
	for lo, hi := i+1, len(nums)-1; lo < hi; lo, hi = lo+1, hi-1 {
		nums[lo], nums[hi] = nums[hi], nums[lo]
	}
}
