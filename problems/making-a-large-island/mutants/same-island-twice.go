//go:build ignore

package main

// Mutant: adds the size of every land neighbour's island without checking
// for repeats, so an island touching the water cell from two sides counts
// twice.
// verdict: wrong_answer
func largestIsland(grid [][]int) int {
	n := len(grid)
	id := make([][]int, n)
	for r := range id {
		id[r] = make([]int, n)
	}
	size := []int{0, 0}
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	best := 0
	var queue [][2]int
	for r := range n {
		for c := range n {
			if grid[r][c] != 1 || id[r][c] != 0 {
				continue
			}
			k := len(size)
			id[r][c] = k
			queue = append(queue[:0], [2]int{r, c})
			for i := 0; i < len(queue); i++ {
				for _, d := range dirs {
					y, x := queue[i][0]+d[0], queue[i][1]+d[1]
					if y >= 0 && y < n && x >= 0 && x < n && grid[y][x] == 1 && id[y][x] == 0 {
						id[y][x] = k
						queue = append(queue, [2]int{y, x})
					}
				}
			}
			size = append(size, len(queue))
			best = max(best, len(queue))
		}
	}
	for r := range n {
		for c := range n {
			if grid[r][c] != 0 {
				continue
			}
			joined := 1
			for _, d := range dirs {
				y, x := r+d[0], c+d[1]
				if y >= 0 && y < n && x >= 0 && x < n && id[y][x] != 0 {
					joined += size[id[y][x]]
				}
			}
			best = max(best, joined)
		}
	}
	return best
}
