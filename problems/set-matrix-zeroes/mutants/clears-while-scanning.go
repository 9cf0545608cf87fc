//go:build ignore

package main

// Mutant: clears a row and a column as soon as it meets a zero during the
// scan, so the zeros it writes are met later and spread as well.
func setZeroes(matrix [][]int) {
	m, n := len(matrix), len(matrix[0])
	for i := range m {
		for j := range n {
			if matrix[i][j] == 0 {
				for c := range n {
					matrix[i][c] = 0
				}
				for r := range m {
					matrix[r][j] = 0
				}
			}
		}
	}
}
