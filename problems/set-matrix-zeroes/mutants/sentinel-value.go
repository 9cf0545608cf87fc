//go:build ignore

package main

import "math"

// Mutant: marks the cells to clear with a sentinel value, math.MinInt32, and
// turns sentinels into zeros at the end; a cell that really holds -2^31 is
// cleared too.
func setZeroes(matrix [][]int) {
	m, n := len(matrix), len(matrix[0])
	for i := range m {
		for j := range n {
			if matrix[i][j] != 0 {
				continue
			}
			for c := range n {
				if matrix[i][c] != 0 {
					matrix[i][c] = math.MinInt32
				}
			}
			for r := range m {
				if matrix[r][j] != 0 {
					matrix[r][j] = math.MinInt32
				}
			}
		}
	}
	for i := range m {
		for j := range n {
			if matrix[i][j] == math.MinInt32 {
				matrix[i][j] = 0
			}
		}
	}
}
