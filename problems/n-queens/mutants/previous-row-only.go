//go:build ignore

package main

import "strings"

// Mutant: checks a new queen only against the queen in the row just above,
// missing attacks from queens two or more rows up.
func solveNQueens(n int) [][]string {
	queens := make([]int, n)
	var out [][]string
	var place func(r int)
	place = func(r int) {
		if r == n {
			board := make([]string, n)
			for i, c := range queens {
				row := []byte(strings.Repeat(".", n))
				row[c] = 'Q'
				board[i] = string(row)
			}
			out = append(out, board)
			return
		}
		for c := 0; c < n; c++ {
			if r > 0 {
				p := queens[r-1]
				if p == c || p == c-1 || p == c+1 {
					continue
				}
			}
			queens[r] = c
			place(r + 1)
		}
	}
	place(0)
	return out
}
