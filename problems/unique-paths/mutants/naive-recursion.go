//go:build ignore

package main

// Mutant: recursion over the last move without memoization; it makes about
// twice as many calls as there are routes, ~4·10^9 for an answer near 2·10^9.
// verdict: time_limit_exceeded
func uniquePaths(m int, n int) int {
	if m == 1 || n == 1 {
		return 1
	}
	return uniquePaths(m-1, n) + uniquePaths(m, n-1)
}
