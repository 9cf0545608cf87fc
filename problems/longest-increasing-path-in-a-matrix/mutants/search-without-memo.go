//go:build ignore

package main

// Mutant: depth-first search from every cell without remembering results;
// it walks every increasing path separately, exponentially many when the
// values rise steadily across the grid.
// verdict: time_limit_exceeded
func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	var from func(r, c int) int
	from = func(r, c int) int {
		best := 1
		for _, s := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			nr, nc := r+s[0], c+s[1]
			if nr >= 0 && nr < m && nc >= 0 && nc < n && matrix[nr][nc] > matrix[r][c] {
				best = max(best, 1+from(nr, nc))
			}
		}
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
