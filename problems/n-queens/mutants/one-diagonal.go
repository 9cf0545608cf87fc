//go:build ignore

package main

import "strings"

// Mutant: tracks the diagonals where r - c is constant but forgets the
// anti-diagonals (r + c constant), so queens may attack along them.
func solveNQueens(n int) [][]string {
	cols := make([]bool, n)
	down := make([]bool, 2*n-1)
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
			if cols[c] || down[r-c+n-1] {
				continue
			}
			cols[c], down[r-c+n-1] = true, true
			queens[r] = c
			place(r + 1)
			cols[c], down[r-c+n-1] = false, false
		}
	}
	place(0)
	return out
}
