//go:build ignore

package main

// setZeroes decides every cell on its own: it scans the cell's whole row and
// whole column in an untouched copy of the matrix for a zero.
func setZeroes(matrix [][]int) {
	m, n := len(matrix), len(matrix[0])
	orig := make([][]int, m)
	for i := range orig {
		orig[i] = append([]int(nil), matrix[i]...)
	}
	for i := range m {
		for j := range n {
			zero := false
			for c := range n {
				if orig[i][c] == 0 {
					zero = true
				}
			}
			for r := range m {
				if orig[r][j] == 0 {
					zero = true
				}
			}
			if zero {
				matrix[i][j] = 0
			}
		}
	}
}
