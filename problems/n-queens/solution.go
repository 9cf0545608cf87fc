//go:build ignore

package main

import "strings"

// solveNQueens places one queen per row, top to bottom. For each row it tries
// every column that no earlier queen attacks, tracked in three tables
// (columns, r-c diagonals, r+c diagonals), recurses, and takes the queen back.
func solveNQueens(n int) [][]string {
	cols := make([]bool, n)
	down := make([]bool, 2*n-1) // r - c + n - 1
	up := make([]bool, 2*n-1)   // r + c
	queens := make([]int, n)    // queens[r] is the column of the queen in row r
	var out [][]string
	var place func(r int)
	place = func(r int) {
		if r == n {
			board := make([]string, n)
			for i, c := range queens {
				board[i] = strings.Repeat(".", c) + "Q" + strings.Repeat(".", n-c-1)
			}
			out = append(out, board)
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || down[r-c+n-1] || up[r+c] {
				continue
			}
			cols[c], down[r-c+n-1], up[r+c] = true, true, true
			queens[r] = c
			place(r + 1)
			cols[c], down[r-c+n-1], up[r+c] = false, false, false
		}
	}
	place(0)
	return out
}
