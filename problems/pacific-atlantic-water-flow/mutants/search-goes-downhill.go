//go:build ignore

package main

// Mutant: the search from the ocean steps to lower neighbours, following the
// water's own direction instead of reversing it, so it finds squares the
// ocean's edge drains into rather than squares that drain into the ocean.
func pacificAtlantic(heights [][]int) [][]int {
	rows, cols := len(heights), len(heights[0])
	var flow func(seen [][]bool, r, c int)
	flow = func(seen [][]bool, r, c int) {
		seen[r][c] = true
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen[nr][nc] && heights[nr][nc] <= heights[r][c] {
				flow(seen, nr, nc)
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
	for r := 0; r < rows; r++ {
		flow(p, r, 0)
		flow(a, r, cols-1)
	}
	for c := 0; c < cols; c++ {
		flow(p, 0, c)
		flow(a, rows-1, c)
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
