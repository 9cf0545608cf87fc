//go:build ignore

package main

// Mutant: simulates minute by minute but rots oranges in the grid while still
// scanning it, so an orange rotted this minute already infects the cells the
// scan reaches after it.
func orangesRotting(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	minutes := 0
	for {
		changed := false
		for r := range rows {
			for c := range cols {
				if grid[r][c] != 1 {
					continue
				}
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := r+d[0], c+d[1]
					if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 2 {
						grid[r][c] = 2
						changed = true
						break
					}
				}
			}
		}
		if !changed {
			break
		}
		minutes++
	}
	for r := range rows {
		for c := range cols {
			if grid[r][c] == 1 {
				return -1
			}
		}
	}
	return minutes
}
