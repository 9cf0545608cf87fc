//go:build ignore

package main

// exist first rejects words whose letters the board cannot supply, then
// searches from the rarer end of the word: a depth-first walk from every
// cell that matches the first letter, marking the cells of the current path
// by overwriting them and restoring them on the way back.
func exist(board [][]byte, word string) bool {
	m, n := len(board), len(board[0])
	if len(word) > m*n {
		return false
	}
	var have, need [128]int
	for _, row := range board {
		for _, c := range row {
			have[c]++
		}
	}
	for i := 0; i < len(word); i++ {
		need[word[i]]++
		if need[word[i]] > have[word[i]] {
			return false
		}
	}
	// Start from whichever end letter is rarer on the board.
	if have[word[len(word)-1]] < have[word[0]] {
		b := []byte(word)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		word = string(b)
	}

	var dfs func(r, c, k int) bool
	dfs = func(r, c, k int) bool {
		if r < 0 || c < 0 || r >= m || c >= n || board[r][c] != word[k] {
			return false
		}
		if k == len(word)-1 {
			return true
		}
		saved := board[r][c]
		board[r][c] = 0 // on the current path
		found := dfs(r+1, c, k+1) || dfs(r-1, c, k+1) || dfs(r, c+1, k+1) || dfs(r, c-1, k+1)
		board[r][c] = saved
		return found
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			if dfs(r, c, 0) {
				return true
			}
		}
	}
	return false
}
