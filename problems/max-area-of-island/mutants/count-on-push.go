//go:build ignore

package main

// Mutant: marks a cell visited when it is popped but counts it when it is
// pushed, so a cell reached from two sides before it is popped is counted
// twice.
func maxAreaOfIsland(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	best := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] != 1 {
				continue
			}
			area := 1
			stack := [][2]int{{r, c}}
			for len(stack) > 0 {
				cell := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if grid[cell[0]][cell[1]] != 1 {
					continue
				}
				grid[cell[0]][cell[1]] = 0
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := cell[0]+d[0], cell[1]+d[1]
					if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 1 {
						area++
						stack = append(stack, [2]int{nr, nc})
					}
				}
			}
			best = max(best, area)
		}
	}
	return best
}
