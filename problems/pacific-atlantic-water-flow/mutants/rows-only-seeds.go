//go:build ignore

package main

// Mutant: seeds the Pacific search from the top row only and the Atlantic
// search from the bottom row only, forgetting the left and right edges.
func pacificAtlantic(heights [][]int) [][]int {
	rows, cols := len(heights), len(heights[0])
	var climb func(seen [][]bool, r, c int)
	climb = func(seen [][]bool, r, c int) {
		seen[r][c] = true
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen[nr][nc] && heights[nr][nc] >= heights[r][c] {
				climb(seen, nr, nc)
			}
		}
	}
	grid := func() [][]bool {
		g := make([][]bool, rows)
		for i := range g {
			g[i] = make([]bool, cols)
		}
		return g
	}
	p, a := grid(), grid()
	for c := 0; c < cols; c++ {
		if !p[0][c] {
			climb(p, 0, c)
		}
		if !a[rows-1][c] {
			climb(a, rows-1, c)
		}
	}
	res := [][]int{}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if p[r][c] && a[r][c] {
				res = append(res, []int{r, c})
			}
		}
	}
	return res
}
