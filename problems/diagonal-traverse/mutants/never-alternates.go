//go:build ignore

package main

// Mutant: reads every diagonal in the same direction, from its top-right end
// down to its bottom-left end, forgetting the zigzag.
func findDiagonalOrder(mat [][]int) []int {
	m, n := len(mat), len(mat[0])
	out := make([]int, 0, m*n)
	for d := 0; d <= m+n-2; d++ {
		for i := max(0, d-n+1); i <= min(d, m-1); i++ {
			out = append(out, mat[i][d-i])
		}
	}
	return out
}
