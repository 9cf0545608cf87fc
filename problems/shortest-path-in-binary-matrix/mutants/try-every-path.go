//go:build ignore

package main

// Mutant: depth-first search over every simple path, keeping the shortest
// that reaches the target. Correct, but the number of paths explodes on an
// open grid.
// verdict: time_limit_exceeded
func shortestPathBinaryMatrix(grid [][]int) int {
	n := len(grid)
	best := -1
	var dfs func(r, c, length int)
	dfs = func(r, c, length int) {
		if r == n-1 && c == n-1 {
			if best == -1 || length < best {
				best = length
			}
			return
		}
		grid[r][c] = 1 // on the current path
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				nr, nc := r+dr, c+dc
				if nr >= 0 && nr < n && nc >= 0 && nc < n && grid[nr][nc] == 0 {
					dfs(nr, nc, length+1)
				}
			}
		}
		grid[r][c] = 0
	}
	if grid[0][0] == 0 {
		dfs(0, 0, 1)
	}
	return best
}
