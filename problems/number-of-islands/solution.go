//go:build ignore

package main

// numIslands scans the grid; each land cell not yet visited starts a new
// island, which an explicit-stack flood fill then sinks (turns to water) so
// that no cell is counted twice. Every cell is touched a constant number of
// times.
func numIslands(grid [][]byte) int {
	rows, cols := len(grid), len(grid[0])
	count := 0
	stack := make([][2]int, 0, 64)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] != '1' {
				continue
			}
			count++
			grid[r][c] = '0'
			stack = append(stack[:0], [2]int{r, c})
			for len(stack) > 0 {
				cell := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := cell[0]+d[0], cell[1]+d[1]
					if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == '1' {
						grid[nr][nc] = '0'
						stack = append(stack, [2]int{nr, nc})
					}
				}
			}
		}
	}
	return count
}
