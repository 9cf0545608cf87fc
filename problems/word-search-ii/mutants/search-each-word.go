//go:build ignore

package main

// Mutant: runs a separate depth-first search of the whole board for every
// word, repeating the same walks thousands of times instead of sharing them
// through a trie.
// verdict: time_limit_exceeded
func findWords(board [][]byte, words []string) []string {
	m, n := len(board), len(board[0])
	var out []string
	for _, w := range words {
		var dfs func(r, c, k int) bool
		dfs = func(r, c, k int) bool {
			if r < 0 || c < 0 || r >= m || c >= n || board[r][c] != w[k] {
				return false
			}
			if k == len(w)-1 {
				return true
			}
			saved := board[r][c]
			board[r][c] = '#'
			ok := dfs(r+1, c, k+1) || dfs(r-1, c, k+1) || dfs(r, c+1, k+1) || dfs(r, c-1, k+1)
			board[r][c] = saved
			return ok
		}
		found := false
		for r := 0; r < m && !found; r++ {
			for c := 0; c < n && !found; c++ {
				found = dfs(r, c, 0)
			}
		}
		if found {
			out = append(out, w)
		}
	}
	return out
}
