//go:build ignore

package main

// Mutant: seeds the best sum with nums[0] but the running sum with 0 and then
// loops from index 1, so nums[0] can never begin a longer run.
func maxSubArray(nums []int) int {
	cur, best := 0, nums[0]
	for _, v := range nums[1:] {
		cur = max(cur+v, v)
		best = max(best, cur)
	}
	return best
}
