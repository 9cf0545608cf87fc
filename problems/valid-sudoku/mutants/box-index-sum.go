//go:build ignore

package main

// Mutant: numbers the boxes r/3 + c/3 instead of (r/3)*3 + c/3, so
// different boxes such as the top-middle and the middle-left share a set.
func isValidSudoku(board [][]byte) bool {
	var rows, cols, boxes [9][9]bool
	for r := range 9 {
		for c := range 9 {
			if board[r][c] == '.' {
				continue
			}
			d := board[r][c] - '1'
			b := r/3 + c/3
			if rows[r][d] || cols[c][d] || boxes[b][d] {
				return false
			}
			rows[r][d], cols[c][d], boxes[b][d] = true, true, true
		}
	}
	return true
}
