//go:build ignore

package main

// largestIsland tries the grid unchanged and with each water cell turned
// into land, and each time measures every island with a fresh flood fill.
func largestIsland(grid [][]int) int {
	n := len(grid)
	largest := func() int {
		seen := make([][]bool, n)
		for r := range seen {
			seen[r] = make([]bool, n)
		}
		var fill func(r, c int) int
		fill = func(r, c int) int {
			if r < 0 || r >= n || c < 0 || c >= n || grid[r][c] == 0 || seen[r][c] {
				return 0
			}
			seen[r][c] = true
			return 1 + fill(r+1, c) + fill(r-1, c) + fill(r, c+1) + fill(r, c-1)
		}
		best := 0
		for r := range n {
			for c := range n {
				best = max(best, fill(r, c))
			}
		}
		return best
	}
	best := largest()
	for r := range n {
		for c := range n {
			if grid[r][c] == 0 {
				grid[r][c] = 1
				best = max(best, largest())
				grid[r][c] = 0
			}
		}
	}
	return best
}
