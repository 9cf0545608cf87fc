//go:build ignore

package main

// Mutant: walks greedily to the lowest unvisited neighbour of the current
// square, never reconsidering squares bordering earlier parts of the walk.
func swimInWater(grid [][]int) int {
	n := len(grid)
	seen := make([][]bool, n)
	for i := range seen {
		seen[i] = make([]bool, n)
	}
	r, c, t := 0, 0, grid[0][0]
	seen[0][0] = true
	for r != n-1 || c != n-1 {
		br, bc := -1, -1
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < n && nc >= 0 && nc < n && !seen[nr][nc] &&
				(br < 0 || grid[nr][nc] < grid[br][bc]) {
				br, bc = nr, nc
			}
		}
		if br < 0 {
			return t
		}
		r, c = br, bc
		seen[r][c] = true
		t = max(t, grid[r][c])
	}
	return t
}
