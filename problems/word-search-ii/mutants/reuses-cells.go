//go:build ignore

package main

// Mutant: does not mark the cells of the current walk, so a word may use the
// same cell twice ("aba" on a board holding one a next to one b).
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
	var walk func(r, c int, parent *wsNode, depth int)
	walk = func(r, c int, parent *wsNode, depth int) {
		if depth > 10 || r < 0 || c < 0 || r >= m || c >= n {
			return
		}
		node := parent.next[board[r][c]-'a']
		if node == nil {
			return
		}
		if node.word != "" {
			found = append(found, node.word)
			node.word = ""
		}
		walk(r+1, c, node, depth+1)
		walk(r-1, c, node, depth+1)
		walk(r, c+1, node, depth+1)
		walk(r, c-1, node, depth+1)
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			walk(r, c, root, 0)
		}
	}
	return found
}
