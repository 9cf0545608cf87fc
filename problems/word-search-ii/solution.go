//go:build ignore

package main

// wsNode is a trie node; word is set on the node where a word ends and is
// cleared once that word has been found. count is the number of words still
// to find below the node, so emptied branches can be skipped.
type wsNode struct {
	next  [26]*wsNode
	word  string
	count int
}

// findWords puts all the words in a trie and walks the board depth-first
// from every cell, descending the trie one letter per step. A walk stops as
// soon as its letters are no prefix of a word still to find.
func findWords(board [][]byte, words []string) []string {
	root := &wsNode{}
	for _, w := range words {
		node := root
		node.count++
		for i := 0; i < len(w); i++ {
			c := w[i] - 'a'
			if node.next[c] == nil {
				node.next[c] = &wsNode{}
			}
			node = node.next[c]
			node.count++
		}
		node.word = w
	}

	m, n := len(board), len(board[0])
	var found []string
	// walk visits cell (r, c) with parent the trie node of the letters before
	// it; it returns how many words it found, to be taken off the counts.
	var walk func(r, c int, parent *wsNode) int
	walk = func(r, c int, parent *wsNode) int {
		if r < 0 || c < 0 || r >= m || c >= n || board[r][c] == '#' {
			return 0
		}
		node := parent.next[board[r][c]-'a']
		if node == nil || node.count == 0 {
			return 0
		}
		got := 0
		if node.word != "" {
			found = append(found, node.word)
			node.word = ""
			got++
		}
		saved := board[r][c]
		board[r][c] = '#'
		got += walk(r+1, c, node) + walk(r-1, c, node) + walk(r, c+1, node) + walk(r, c-1, node)
		board[r][c] = saved
		node.count -= got
		return got
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			root.count -= walk(r, c, root)
		}
	}
	return found
}
