//go:build ignore

package main

// Mutant: uses len(grid) as the bound for both rows and columns, as if the
// grid were square.
func numIslands(grid [][]byte) int {
	n := len(grid)
	var sink func(r, c int)
	sink = func(r, c int) {
		if r < 0 || r >= n || c < 0 || c >= n || grid[r][c] != '1' {
			return
		}
		grid[r][c] = '0'
		sink(r+1, c)
		sink(r-1, c)
		sink(r, c+1)
		sink(r, c-1)
	}
	count := 0
	for r := 0; r < n; r++ {
		for c := 0; c < n; c++ {
			if grid[r][c] == '1' {
				count++
				sink(r, c)
			}
		}
	}
	return count
}
