//go:build ignore

package main

// maxAreaOfIsland scans the grid; every land cell not yet visited starts a
// flood fill over its island with an explicit stack, sinking each cell as it
// is pushed so that no cell is counted twice. The largest count wins.
func maxAreaOfIsland(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	best := 0
	stack := make([][2]int, 0, 64)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] != 1 {
				continue
			}
			grid[r][c] = 0
			stack = append(stack[:0], [2]int{r, c})
			area := 0
			for len(stack) > 0 {
				cell := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				area++
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := cell[0]+d[0], cell[1]+d[1]
					if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 1 {
						grid[nr][nc] = 0
						stack = append(stack, [2]int{nr, nc})
					}
				}
			}
			best = max(best, area)
		}
	}
	return best
}
