//go:build ignore

package main

// exist grows, one letter at a time, the set of every simple path that spells
// a prefix of the word, each path held as the set of its cells (a bit mask)
// and its last cell; the word is on the board when some path reaches its
// full length.
func exist(board [][]byte, word string) bool {
	m, n := len(board), len(board[0])
	type state struct {
		used uint64
		last int
	}
	level := map[state]bool{}
	for cell := 0; cell < m*n; cell++ {
		if board[cell/n][cell%n] == word[0] {
			level[state{1 << cell, cell}] = true
		}
	}
	for k := 1; k < len(word) && len(level) > 0; k++ {
		next := map[state]bool{}
		for s := range level {
			for other := 0; other < m*n; other++ {
				dr, dc := other/n-s.last/n, other%n-s.last%n
				adjacent := dr*dr+dc*dc == 1
				if adjacent && s.used&(1<<other) == 0 && board[other/n][other%n] == word[k] {
					next[state{s.used | 1<<other, other}] = true
				}
			}
		}
		level = next
	}
	return len(level) > 0
}
