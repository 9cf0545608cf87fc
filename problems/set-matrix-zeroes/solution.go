//go:build ignore

package main

// setZeroes stores its marks in the matrix itself: matrix[i][0] == 0 says row
// i must be cleared and matrix[0][j] == 0 says column j must be. The corner
// matrix[0][0] serves row 0, so column 0 gets its own flag. The inner cells
// are cleared first, from the marks, and the first row and column last, so
// no mark is overwritten before it is read.
func setZeroes(matrix [][]int) {
	m, n := len(matrix), len(matrix[0])
	firstColZero := false
	for i := range m {
		if matrix[i][0] == 0 {
			firstColZero = true
		}
		for j := 1; j < n; j++ {
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
	}
	if firstColZero {
		for i := range m {
			matrix[i][0] = 0
		}
	}
}
