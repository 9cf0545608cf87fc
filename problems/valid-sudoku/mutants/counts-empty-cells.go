//go:build ignore

package main

// Mutant: records every cell, empty ones included, so two '.' in a row
// already count as a repeat.
func isValidSudoku(board [][]byte) bool {
	rows := make([]map[byte]bool, 9)
	cols := make([]map[byte]bool, 9)
	boxes := make([]map[byte]bool, 9)
	for i := range 9 {
		rows[i], cols[i], boxes[i] = map[byte]bool{}, map[byte]bool{}, map[byte]bool{}
	}
	for r := range 9 {
		for c := range 9 {
			ch := board[r][c]
			b := (r/3)*3 + c/3
			if rows[r][ch] || cols[c][ch] || boxes[b][ch] {
				return false
			}
			rows[r][ch], cols[c][ch], boxes[b][ch] = true, true, true
		}
	}
	return true
}
