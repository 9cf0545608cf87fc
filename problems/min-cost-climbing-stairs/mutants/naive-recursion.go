//go:build ignore

package main

// Mutant: plain recursion over "one step or two" without memoization. Its
// call tree grows like the Fibonacci numbers, hopeless at 1000 steps.
// verdict: time_limit_exceeded
func minCostClimbingStairs(cost []int) int {
	var from func(i int) int
	from = func(i int) int {
		if i >= len(cost) {
			return 0
		}
		return cost[i] + min(from(i+1), from(i+2))
	}
	return min(from(0), from(1))
}
