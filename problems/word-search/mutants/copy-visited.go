//go:build ignore

package main

// Mutant: hands every recursive call its own copy of the visited grid instead
// of marking and unmarking one, and never prunes, so each step of an
// exponential search also pays for copying the whole board.
// verdict: time_limit_exceeded
func exist(board [][]byte, word string) bool {
	m, n := len(board), len(board[0])
	var dfs func(r, c, k int, seen [][]bool) bool
	dfs = func(r, c, k int, seen [][]bool) bool {
		if k == len(word) {
			return true
		}
		if r < 0 || c < 0 || r >= m || c >= n || seen[r][c] || board[r][c] != word[k] {
			return false
		}
		mine := make([][]bool, m)
		for i := range seen {
			mine[i] = append([]bool(nil), seen[i]...)
		}
		mine[r][c] = true
		return dfs(r+1, c, k+1, mine) || dfs(r-1, c, k+1, mine) || dfs(r, c+1, k+1, mine) || dfs(r, c-1, k+1, mine)
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			seen := make([][]bool, m)
			for i := range seen {
				seen[i] = make([]bool, n)
			}
			if dfs(r, c, 0, seen) {
				return true
			}
		}
	}
	return false
}
