//go:build ignore

package main

// Mutant: counts one minute per BFS level, including the last level that
// rots nothing, so every answer (even "no fresh oranges") is one too high.
func orangesRotting(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	var queue [][2]int
	fresh := 0
	for r := range rows {
		for c := range cols {
			if grid[r][c] == 1 {
				fresh++
			} else if grid[r][c] == 2 {
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	minutes := 0
	for len(queue) > 0 {
		var next [][2]int
		for _, cell := range queue {
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				nr, nc := cell[0]+d[0], cell[1]+d[1]
				if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 1 {
					grid[nr][nc] = 2
					fresh--
					next = append(next, [2]int{nr, nc})
				}
			}
		}
		queue = next
		minutes++
	}
	if fresh > 0 {
		return -1
	}
	return minutes
}
