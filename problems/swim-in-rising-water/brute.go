//go:build ignore

package main

// swimInWater tries every time t from 0 upwards and floods from the start
// through squares of height at most t, until the far corner is flooded.
func swimInWater(grid [][]int) int {
	n := len(grid)
	for t := 0; ; t++ {
		if grid[0][0] > t {
			continue
		}
		wet := make([][]bool, n)
		for i := range wet {
			wet[i] = make([]bool, n)
		}
		wet[0][0] = true
		for changed := true; changed; {
			changed = false
			for r := 0; r < n; r++ {
				for c := 0; c < n; c++ {
					if wet[r][c] || grid[r][c] > t {
						continue
					}
					if (r > 0 && wet[r-1][c]) || (r < n-1 && wet[r+1][c]) ||
						(c > 0 && wet[r][c-1]) || (c < n-1 && wet[r][c+1]) {
						wet[r][c] = true
						changed = true
					}
				}
			}
		}
		if wet[n-1][n-1] {
			return t
		}
	}
}
