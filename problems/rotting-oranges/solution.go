//go:build ignore

package main

// orangesRotting runs one breadth-first search started from every rotten
// orange at once; each BFS level is one minute. The answer is the number of
// levels that rotted something, or -1 if a fresh orange was never reached.
func orangesRotting(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	var queue [][2]int
	fresh := 0
	for r := range rows {
		for c := range cols {
			switch grid[r][c] {
			case 1:
				fresh++
			case 2:
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	minutes := 0
	for fresh > 0 && len(queue) > 0 {
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
