//go:build ignore

package main

// Mutant: recursion that tries every jump length from every index without
// remembering dead ends; when the end is unreachable it walks every path,
// exponentially many.
// verdict: time_limit_exceeded
func canJump(nums []int) bool {
	var from func(i int) bool
	from = func(i int) bool {
		if i >= len(nums)-1 {
			return true
		}
		for step := nums[i]; step >= 1; step-- {
			if from(i + step) {
				return true
			}
		}
		return false
	}
	return from(0)
}
