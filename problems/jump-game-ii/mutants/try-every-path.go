//go:build ignore

package main

// Mutant: recursion over every jump length from every cell, keeping the
// shortest, with no memo; the number of paths grows exponentially.
// verdict: time_limit_exceeded
func jump(nums []int) int {
	var from func(i int) int
	from = func(i int) int {
		if i >= len(nums)-1 {
			return 0
		}
		best := 1 << 30
		for step := 1; step <= nums[i]; step++ {
			best = min(best, 1+from(i+step))
		}
		return best
	}
	return from(0)
}
