//go:build ignore

package main

// Mutant: transposes and then reverses the order of the rows instead of each
// row, which turns the picture counterclockwise.
func rotate(matrix [][]int) {
	n := len(matrix)
	for i := range n {
		for j := i + 1; j < n; j++ {
			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
		}
	}
	for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
		matrix[a], matrix[b] = matrix[b], matrix[a]
	}
}
