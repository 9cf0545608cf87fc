//go:build ignore

package main

// Mutant: tries every order of bursting with plain recursion and no
// memoization, which is n! orders: hopeless beyond a dozen balloons.
// verdict: time_limit_exceeded
func maxCoins(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	best := 0
	for k := range nums {
		left, right := 1, 1
		if k > 0 {
			left = nums[k-1]
		}
		if k < len(nums)-1 {
			right = nums[k+1]
		}
		rest := make([]int, 0, len(nums)-1)
		rest = append(rest, nums[:k]...)
		rest = append(rest, nums[k+1:]...)
		best = max(best, left*nums[k]*right+maxCoins(rest))
	}
	return best
}
