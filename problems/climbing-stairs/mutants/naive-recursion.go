//go:build ignore

package main

// Mutant: plain recursion without memoization; the call tree grows like the
// Fibonacci numbers themselves, about 3·10^9 calls at n = 45.
// verdict: time_limit_exceeded
func climbStairs(n int) int {
	if n <= 2 {
		return n
	}
	return climbStairs(n-1) + climbStairs(n-2)
}
