//go:build ignore

package main

// findWords checks each word on its own: it lists, with an explicit stack,
// every simple path of cells whose letters spell a growing prefix of the
// word (a path is a list of cells, and a cell may join it only if it is not
// already in the list), and keeps the word if a path reaches its length.
func findWords(board [][]byte, words []string) []string {
	m, n := len(board), len(board[0])
	var out []string
	for _, w := range words {
		var stack [][]int
		for cell := 0; cell < m*n; cell++ {
			if board[cell/n][cell%n] == w[0] {
				stack = append(stack, []int{cell})
			}
		}
		found := false
		for len(stack) > 0 && !found {
			path := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(path) == len(w) {
				found = true
				break
			}
			last := path[len(path)-1]
			for other := 0; other < m*n; other++ {
				dr, dc := other/n-last/n, other%n-last%n
				if dr*dr+dc*dc != 1 || board[other/n][other%n] != w[len(path)] {
					continue
				}
				used := false
				for _, p := range path {
					if p == other {
						used = true
					}
				}
				if !used {
					stack = append(stack, append(append([]int(nil), path...), other))
				}
			}
		}
		if found {
			out = append(out, w)
		}
	}
	return out
}
