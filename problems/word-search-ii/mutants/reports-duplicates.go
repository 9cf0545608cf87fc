//go:build ignore

package main

// Mutant: never clears a word at its trie node once found, so a word that
// can be traced from several cells or along several paths is reported more
// than once.
type wsNode struct {
	next [26]*wsNode
	word string
}

func findWords(board [][]byte, words []string) []string {
	root := &wsNode{}
	for _, w := range words {
		node := root
		for i := 0; i < len(w); i++ {
			c := w[i] - 'a'
			if node.next[c] == nil {
				node.next[c] = &wsNode{}
			}
			node = node.next[c]
		}
		node.word = w
	}
	m, n := len(board), len(board[0])
	var found []string
	var walk func(r, c int, parent *wsNode)
	walk = func(r, c int, parent *wsNode) {
		if r < 0 || c < 0 || r >= m || c >= n || board[r][c] == '#' {
			return
		}
		node := parent.next[board[r][c]-'a']
		if node == nil {
			return
		}
		if node.word != "" {
			found = append(found, node.word)
		}
		saved := board[r][c]
		board[r][c] = '#'
		walk(r+1, c, node)
		walk(r-1, c, node)
		walk(r, c+1, node)
		walk(r, c-1, node)
		board[r][c] = saved
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			walk(r, c, root)
		}
	}
	return found
}
