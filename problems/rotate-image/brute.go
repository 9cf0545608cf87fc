//go:build ignore

package main

// rotate fills a fresh matrix column by column: its column n-1-i is row i of
// the original, read top to bottom. Then it copies the result back cell by
// cell into the caller's rows.
func rotate(matrix [][]int) {
	n := len(matrix)
	turned := make([][]int, n)
	for r := range turned {
		turned[r] = make([]int, n)
	}
	for i := range n {
		for r := range n {
			turned[r][n-1-i] = matrix[i][r]
		}
	}
	for r := range n {
		for c := range n {
			matrix[r][c] = turned[r][c]
		}
	}
}
