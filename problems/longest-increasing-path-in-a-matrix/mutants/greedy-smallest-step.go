//go:build ignore

package main

// Mutant: from every cell, walks greedily to the smallest larger neighbour,
// hoping small steps leave the most room to climb; that neighbour can be a
// dead end.
func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	best := 0
	for r0 := range m {
		for c0 := range n {
			r, c, length := r0, c0, 1
			for {
				nextR, nextC := -1, -1
				for _, s := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
					nr, nc := r+s[0], c+s[1]
					if nr < 0 || nr >= m || nc < 0 || nc >= n || matrix[nr][nc] <= matrix[r][c] {
						continue
					}
					if nextR < 0 || matrix[nr][nc] < matrix[nextR][nextC] {
						nextR, nextC = nr, nc
					}
				}
				if nextR < 0 {
					break
				}
				r, c = nextR, nextC
				length++
			}
			best = max(best, length)
		}
	}
	return best
}
