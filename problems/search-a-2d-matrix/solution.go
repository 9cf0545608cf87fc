//go:build ignore

package main

// searchMatrix binary-searches the rows read end to end as one sorted list
// of m·n values; list position k is row k/n, column k%n.
func searchMatrix(matrix [][]int, target int) bool {
	m, n := len(matrix), len(matrix[0])
	lo, hi := 0, m*n-1
	for lo <= hi {
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
