//go:build ignore

package main

// pacificAtlantic starts from the edge squares of each ocean and then sweeps
// the whole grid again and again: a square drains to an ocean when some
// neighbour no higher than it already does. It stops once a sweep changes
// nothing.
func pacificAtlantic(heights [][]int) [][]int {
	rows, cols := len(heights), len(heights[0])
	drains := func(edge func(r, c int) bool) [][]bool {
		ok := make([][]bool, rows)
		for r := range ok {
			ok[r] = make([]bool, cols)
			for c := range ok[r] {
				ok[r][c] = edge(r, c)
			}
		}
		for changed := true; changed; {
			changed = false
			for r := 0; r < rows; r++ {
				for c := 0; c < cols; c++ {
					if ok[r][c] {
						continue
					}
					for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
						nr, nc := r+d[0], c+d[1]
						if nr >= 0 && nr < rows && nc >= 0 && nc < cols && ok[nr][nc] && heights[nr][nc] <= heights[r][c] {
							ok[r][c] = true
							changed = true
							break
						}
					}
				}
			}
		}
		return ok
	}
	p := drains(func(r, c int) bool { return r == 0 || c == 0 })
	a := drains(func(r, c int) bool { return r == rows-1 || c == cols-1 })
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
