//go:build ignore

package main

// Mutant: the layer-by-layer four-way swap runs j up to n-1-i inclusive, so
// the last step of each layer cycles the corners a second time.
func rotate(matrix [][]int) {
	n := len(matrix)
	for i := 0; i < n/2; i++ {
		for j := i; j <= n-1-i; j++ {
			top := matrix[i][j]
			matrix[i][j] = matrix[n-1-j][i]
			matrix[n-1-j][i] = matrix[n-1-i][n-1-j]
			matrix[n-1-i][n-1-j] = matrix[j][n-1-i]
			matrix[j][n-1-i] = top
		}
	}
}
