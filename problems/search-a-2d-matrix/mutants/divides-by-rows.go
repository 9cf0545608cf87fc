//go:build ignore

package main

// Mutant: maps a flat position to a cell dividing by the number of rows
// instead of the number of columns, which only works on square matrices.
func searchMatrix(matrix [][]int, target int) bool {
	m, n := len(matrix), len(matrix[0])
	lo, hi := 0, m*n-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		r, c := mid/m, mid%m
		if r >= m || c >= n {
			hi = mid - 1
			continue
		}
		switch v := matrix[r][c]; {
		case v == target:
			return true
		case v < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return false
}
