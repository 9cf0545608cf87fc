//go:build ignore

package main

// Mutant: starts the sequence at 1, 1 for steps 1 and 2, so it returns the
// n-th Fibonacci number instead of the (n+1)-th.
func climbStairs(n int) int {
	a, b := 1, 1 // meant to be the ways for steps 1 and 2
	for i := 3; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}
