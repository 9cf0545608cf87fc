//go:build ignore

package main

// Mutant: starts the search only from the smallest value in the grid,
// assuming the longest path must begin there.
func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	memo := make([][]int, m)
	for r := range memo {
		memo[r] = make([]int, n)
	}
	var from func(r, c int) int
	from = func(r, c int) int {
		if memo[r][c] > 0 {
			return memo[r][c]
		}
		best := 1
		for _, s := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			nr, nc := r+s[0], c+s[1]
			if nr >= 0 && nr < m && nc >= 0 && nc < n && matrix[nr][nc] > matrix[r][c] {
				best = max(best, 1+from(nr, nc))
			}
		}
		memo[r][c] = best
		return best
	}
	lowR, lowC := 0, 0
	for r := range m {
		for c := range n {
			if matrix[r][c] < matrix[lowR][lowC] {
				lowR, lowC = r, c
			}
		}
	}
	return from(lowR, lowC)
}
