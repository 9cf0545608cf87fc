//go:build ignore

package main

// climbStairs counts the ways bottom-up: the ways to reach a step are the ways
// to reach the step below plus the ways to reach the one two below, so only
// the last two counts need to be kept.
func climbStairs(n int) int {
	prev, cur := 1, 1 // ways to reach steps 0 and 1
	for i := 2; i <= n; i++ {
		prev, cur = cur, prev+cur
	}
	return cur
}
