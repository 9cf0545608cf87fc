//go:build ignore

package main

// uniquePaths fills the grid row by row, keeping one row: a cell is reached
// from the cell above it or the cell to its left, so its count is the sum
// of theirs. Every cell of the first row and column has exactly one route.
func uniquePaths(m int, n int) int {
	row := make([]int, n)
	for j := range row {
		row[j] = 1
	}
	for i := 1; i < m; i++ {
		for j := 1; j < n; j++ {
			row[j] += row[j-1]
		}
	}
	return row[n-1]
}
