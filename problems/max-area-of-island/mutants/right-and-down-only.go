//go:build ignore

package main

// Mutant: because the scan runs top to bottom and left to right, the flood
// only moves right and down, so an island reached by stepping up or left is
// split into pieces.
func maxAreaOfIsland(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	var fill func(r, c int) int
	fill = func(r, c int) int {
		if r >= rows || c >= cols || grid[r][c] != 1 {
			return 0
		}
		grid[r][c] = 0
		return 1 + fill(r+1, c) + fill(r, c+1)
	}
	best := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			best = max(best, fill(r, c))
		}
	}
	return best
}
