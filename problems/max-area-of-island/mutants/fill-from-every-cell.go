//go:build ignore

package main

// Mutant: measures the island of every land cell with a fresh visited set,
// so each island of k cells is flooded k times: O((m·n)^2) on one big island.
// verdict: time_limit_exceeded
func maxAreaOfIsland(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	best := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] != 1 {
				continue
			}
			seen := map[[2]int]bool{}
			var fill func(r, c int) int
			fill = func(r, c int) int {
				if r < 0 || r >= rows || c < 0 || c >= cols || grid[r][c] != 1 || seen[[2]int{r, c}] {
					return 0
				}
				seen[[2]int{r, c}] = true
				return 1 + fill(r+1, c) + fill(r-1, c) + fill(r, c+1) + fill(r, c-1)
			}
			best = max(best, fill(r, c))
		}
	}
	return best
}
