//go:build ignore

package main

// Mutant: builds the binomial coefficient step by step but divides before
// multiplying, so each step's integer division truncates.
func uniquePaths(m int, n int) int {
	total, down := m+n-2, m-1
	res := 1
	for i := 1; i <= down; i++ {
		res = res / i * (total - down + i)
	}
	return res
}
