//go:build ignore

package main

// Mutant: breadth-first search that never checks whether the start cell is
// blocked; it walks out of a blocked start (and a 1 x 1 blocked grid gives 1).
func shortestPathBinaryMatrix(grid [][]int) int {
	n := len(grid)
	dist := make([][]int, n)
	for i := range dist {
		dist[i] = make([]int, n)
	}
	dist[0][0] = 1
	queue := [][2]int{{0, 0}}
	for head := 0; head < len(queue); head++ {
		r, c := queue[head][0], queue[head][1]
		if r == n-1 && c == n-1 {
			return dist[r][c]
		}
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				nr, nc := r+dr, c+dc
				if nr >= 0 && nr < n && nc >= 0 && nc < n && grid[nr][nc] == 0 && dist[nr][nc] == 0 {
					dist[nr][nc] = dist[r][c] + 1
					queue = append(queue, [2]int{nr, nc})
				}
			}
		}
	}
	return -1
}
