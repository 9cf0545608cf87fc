//go:build ignore

package main

// longestIncreasingPath runs a depth-first search from every cell and
// remembers, for each cell, the length of the longest increasing path that
// starts there. Steps go only to larger values, so the search never loops,
// and each cell's answer is computed once.
func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	memo := make([][]int, m)
	for r := range memo {
		memo[r] = make([]int, n)
	}
	steps := [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	var from func(r, c int) int
	from = func(r, c int) int {
		if memo[r][c] > 0 {
			return memo[r][c]
		}
		best := 1
		for _, s := range steps {
			nr, nc := r+s[0], c+s[1]
			if nr >= 0 && nr < m && nc >= 0 && nc < n && matrix[nr][nc] > matrix[r][c] {
				best = max(best, 1+from(nr, nc))
			}
		}
		memo[r][c] = best
		return best
	}
	longest := 0
	for r := range m {
		for c := range n {
			longest = max(longest, from(r, c))
		}
	}
	return longest
}
