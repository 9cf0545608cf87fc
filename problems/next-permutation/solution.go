//go:build ignore

package main

// nextPermutation finds the longest non-increasing tail, grows the value just
// before it by the least possible step (swapping it with the rightmost larger
// value of the tail), then reverses the tail, which leaves it non-decreasing:
// its smallest order. A fully non-increasing array is the last arrangement;
// reversing all of it wraps around to the first.
func nextPermutation(nums []int) {
	i := len(nums) - 2
	for i >= 0 && nums[i] >= nums[i+1] {
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
