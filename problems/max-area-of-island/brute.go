//go:build ignore

package main

// maxAreaOfIsland gives every land cell its own label, then lets each cell
// repeatedly take the smallest label among itself and its land neighbours
// until nothing changes; cells of one island end with one label, and the
// answer is the size of the largest label class.
func maxAreaOfIsland(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	label := make([][]int, rows)
	for r := range label {
		label[r] = make([]int, cols)
		for c := range label[r] {
			label[r][c] = -1
			if grid[r][c] == 1 {
				label[r][c] = r*cols + c
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				if label[r][c] < 0 {
					continue
				}
				for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := r+d[0], c+d[1]
					if nr < 0 || nr >= rows || nc < 0 || nc >= cols || label[nr][nc] < 0 {
						continue
					}
					if label[nr][nc] < label[r][c] {
						label[r][c] = label[nr][nc]
						changed = true
					}
				}
			}
		}
	}
	size := map[int]int{}
	best := 0
	for r := range label {
		for _, l := range label[r] {
			if l >= 0 {
				size[l]++
				best = max(best, size[l])
			}
		}
	}
	return best
}
