//go:build ignore

package main

// Mutant: backtracks over every simple route from the start to the corner,
// keeping the lowest highest square; the number of routes is exponential.
// verdict: time_limit_exceeded
func swimInWater(grid [][]int) int {
	n := len(grid)
	on := make([][]bool, n)
	for i := range on {
		on[i] = make([]bool, n)
	}
	best := n * n
	var walk func(r, c, high int)
	walk = func(r, c, high int) {
		high = max(high, grid[r][c])
		if r == n-1 && c == n-1 {
			best = min(best, high)
			return
		}
		on[r][c] = true
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < n && nc >= 0 && nc < n && !on[nr][nc] {
				walk(nr, nc, high)
			}
		}
		on[r][c] = false
	}
	walk(0, 0, 0)
	return best
}
