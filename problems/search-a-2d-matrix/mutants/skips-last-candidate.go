//go:build ignore

package main

// Mutant: half-open loop condition lo < hi on a closed range, so the search
// stops with one candidate left unchecked.
func searchMatrix(matrix [][]int, target int) bool {
	m, n := len(matrix), len(matrix[0])
	lo, hi := 0, m*n-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		switch v := matrix[mid/n][mid%n]; {
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
