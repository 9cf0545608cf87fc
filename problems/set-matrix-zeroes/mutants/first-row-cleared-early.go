//go:build ignore

package main

// Mutant: clears the first row and column before the inner cells, wiping out
// the marks stored there, so every inner cell is then cleared.
func setZeroes(matrix [][]int) {
	m, n := len(matrix), len(matrix[0])
	firstColZero, firstRowZero := false, false
	for i := range m {
		for j := range n {
			if matrix[i][j] == 0 {
				if i == 0 {
					firstRowZero = true
				}
				if j == 0 {
					firstColZero = true
				}
				matrix[i][0] = 0
				matrix[0][j] = 0
			}
		}
	}
	if firstRowZero {
		for j := range n {
			matrix[0][j] = 0
		}
	}
	if firstColZero {
		for i := range m {
			matrix[i][0] = 0
		}
	}
	for i := 1; i < m; i++ {
		for j := 1; j < n; j++ {
			if matrix[i][0] == 0 || matrix[0][j] == 0 {
				matrix[i][j] = 0
			}
		}
	}
}
