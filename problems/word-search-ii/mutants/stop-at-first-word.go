//go:build ignore

package main

// Mutant: ends a walk as soon as it completes a word, so a longer word that
// continues past it ("app" then "apple") is never reached.
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
			node.word = ""
			return
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
