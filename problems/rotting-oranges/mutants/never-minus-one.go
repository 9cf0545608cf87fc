//go:build ignore

package main

// Mutant: a correct multi-source BFS that forgets to check for fresh oranges
// the rot never reached, so it never answers -1.
func orangesRotting(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	var queue [][2]int
	for r := range rows {
		for c := range cols {
			if grid[r][c] == 2 {
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	minutes := 0
	for {
		var next [][2]int
		for _, cell := range queue {
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				nr, nc := cell[0]+d[0], cell[1]+d[1]
				if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 1 {
					grid[nr][nc] = 2
					next = append(next, [2]int{nr, nc})
				}
			}
		}
		if len(next) == 0 {
			return minutes
		}
		queue = next
		minutes++
	}
}
