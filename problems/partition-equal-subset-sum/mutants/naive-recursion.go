//go:build ignore

package main

// Mutant: recursion that takes or leaves each number in turn, aiming at half
// the total, without memoization; when no split exists it tries about every
// subset below the target, exponential in n.
// verdict: time_limit_exceeded
func canPartition(nums []int) bool {
	total := 0
	for _, v := range nums {
		total += v
	}
	if total%2 != 0 {
		return false
	}
	var can func(i, left int) bool
	can = func(i, left int) bool {
		if left == 0 {
			return true
		}
		if left < 0 || i == len(nums) {
			return false
		}
		return can(i+1, left-nums[i]) || can(i+1, left)
	}
	return can(0, total/2)
}
