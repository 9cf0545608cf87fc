//go:build ignore

package main

// Mutant: floods in all eight directions, so islands that touch only at a
// corner are merged and their areas added up.
func maxAreaOfIsland(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	var fill func(r, c int) int
	fill = func(r, c int) int {
		if r < 0 || r >= rows || c < 0 || c >= cols || grid[r][c] != 1 {
			return 0
		}
		grid[r][c] = 0
		area := 1
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if dr != 0 || dc != 0 {
					area += fill(r+dr, c+dc)
				}
			}
		}
		return area
	}
	best := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			best = max(best, fill(r, c))
		}
	}
	return best
}
