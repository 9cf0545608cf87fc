//go:build ignore

package main

// Mutant: uses matrix[0][0] as the mark for both the first row and the first
// column, so a zero in one of them clears the other too.
func setZeroes(matrix [][]int) {
	m, n := len(matrix), len(matrix[0])
	for i := range m {
		for j := range n {
			if matrix[i][j] == 0 {
				matrix[i][0] = 0
				matrix[0][j] = 0
			}
		}
	}
	for i := 1; i < m; i++ {
		for j := 1; j < n; j++ {
			if matrix[i][0] == 0 || matrix[0][j] == 0 {
				matrix[i][j] = 0
			}
		}
	}
	if matrix[0][0] == 0 {
		for j := range n {
			matrix[0][j] = 0
		}
		for i := range m {
			matrix[i][0] = 0
		}
	}
}
