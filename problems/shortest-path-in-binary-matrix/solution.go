//go:build ignore

package main

// shortestPathBinaryMatrix runs a breadth-first search from the top-left cell
// over open cells, with all eight neighbours; BFS reaches each cell first by
// a shortest path, so the level at which the bottom-right cell is dequeued is
// the answer. Distances are stored in a separate matrix (0 = unvisited).
func shortestPathBinaryMatrix(grid [][]int) int {
	n := len(grid)
	if grid[0][0] != 0 || grid[n-1][n-1] != 0 {
		return -1
	}
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
