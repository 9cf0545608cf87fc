//go:build ignore

package main

// Mutant: chooses positions among the m+n-1 cells of a route instead of
// among its m+n-2 moves.
func uniquePaths(m int, n int) int {
	total, down := m+n-1, m-1
	res := 1
	for i := 1; i <= down; i++ {
		res = res * (total - down + i) / i
	}
	return res
}
