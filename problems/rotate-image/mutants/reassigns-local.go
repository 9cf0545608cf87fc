//go:build ignore

package main

// Mutant: builds the turned picture in a new matrix and assigns it to the
// parameter, which only changes the local variable; the caller's rows are
// never written.
func rotate(matrix [][]int) {
	n := len(matrix)
	turned := make([][]int, n)
	for i := range turned {
		turned[i] = make([]int, n)
		for j := range n {
			turned[i][j] = matrix[n-1-j][i]
		}
	}
	matrix = turned
	_ = matrix
}
