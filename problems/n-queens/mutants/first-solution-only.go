//go:build ignore

package main

import "strings"

// Mutant: stops at the first valid board, as if asked for one placement,
// instead of listing every solution.
func solveNQueens(n int) [][]string {
	cols := make([]bool, n)
	down := make([]bool, 2*n-1)
	up := make([]bool, 2*n-1)
	queens := make([]int, n)
	var out [][]string
	var place func(r int) bool
	place = func(r int) bool {
		if r == n {
			board := make([]string, n)
			for i, c := range queens {
				row := []byte(strings.Repeat(".", n))
				row[c] = 'Q'
				board[i] = string(row)
			}
			out = append(out, board)
			return true
		}
		for c := 0; c < n; c++ {
			if cols[c] || down[r-c+n-1] || up[r+c] {
				continue
			}
			cols[c], down[r-c+n-1], up[r+c] = true, true, true
			queens[r] = c
			found := place(r + 1)
			cols[c], down[r-c+n-1], up[r+c] = false, false, false
			if found {
				return true
			}
		}
		return false
	}
	place(0)
	return out
}
