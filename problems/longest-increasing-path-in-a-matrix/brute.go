//go:build ignore

package main

// longestIncreasingPath relaxes every step again and again, Bellman-Ford
// style: each cell holds the longest increasing path known to end there, and
// a step from a cell to a larger neighbour may lengthen the neighbour's
// path. When a full sweep changes nothing, the largest value is the answer.
func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	end := make([][]int, m)
	for r := range end {
		end[r] = make([]int, n)
		for c := range end[r] {
			end[r][c] = 1
		}
	}
	for changed := true; changed; {
		changed = false
		for r := 0; r < m; r++ {
			for c := 0; c < n; c++ {
				for _, s := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
					nr, nc := r+s[0], c+s[1]
					if nr < 0 || nr >= m || nc < 0 || nc >= n || matrix[nr][nc] <= matrix[r][c] {
						continue
					}
					if end[r][c]+1 > end[nr][nc] {
						end[nr][nc] = end[r][c] + 1
						changed = true
					}
				}
			}
		}
	}
	best := 0
	for r := range end {
		for _, v := range end[r] {
			best = max(best, v)
		}
	}
	return best
}
