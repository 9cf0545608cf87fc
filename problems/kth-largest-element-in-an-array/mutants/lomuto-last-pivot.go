//go:build ignore

package main

// Mutant: textbook quickselect with the last element as pivot and a two-way
// (Lomuto) partition. Sorted input or a run of equal values removes one
// element per round: O(n^2), about 5·10^9 steps at n = 10^5.
// verdict: time_limit_exceeded
func findKthLargest(nums []int, k int) int {
	target := len(nums) - k
	lo, hi := 0, len(nums)-1
	for lo < hi {
		pivot := nums[hi]
		p := lo
		for j := lo; j < hi; j++ {
			if nums[j] < pivot {
				nums[p], nums[j] = nums[j], nums[p]
				p++
			}
		}
		nums[p], nums[hi] = nums[hi], nums[p]
		switch {
		case p == target:
			return nums[p]
		case p < target:
			lo = p + 1
		default:
			hi = p - 1
		}
	}
	return nums[lo]
}
