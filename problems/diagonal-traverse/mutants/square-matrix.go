//go:build ignore

package main

// Mutant: takes the number of columns to be the number of rows, as if the
// matrix were square, so wide matrices lose cells and tall ones index past
// the end of a row.
func findDiagonalOrder(mat [][]int) []int {
	m := len(mat)
	n := m
	out := make([]int, 0, m*n)
	for d := 0; d <= m+n-2; d++ {
		lo, hi := max(0, d-n+1), min(d, m-1)
		if d%2 == 0 {
			for i := hi; i >= lo; i-- {
				out = append(out, mat[i][d-i])
			}
		} else {
			for i := lo; i <= hi; i++ {
				out = append(out, mat[i][d-i])
			}
		}
	}
	return out
}
