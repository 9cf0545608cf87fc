//go:build ignore

package main

// isValidSudoku scans the grid once; every row, column and box keeps a bit
// set of the digits it has seen, and a digit already in one of its three
// sets is a repeat.
func isValidSudoku(board [][]byte) bool {
	var rows, cols, boxes [9]uint16
	for r := range 9 {
		for c := range 9 {
			ch := board[r][c]
			if ch == '.' {
				continue
			}
			bit := uint16(1) << (ch - '1')
			b := (r/3)*3 + c/3
			if rows[r]&bit != 0 || cols[c]&bit != 0 || boxes[b]&bit != 0 {
				return false
			}
			rows[r] |= bit
			cols[c] |= bit
			boxes[b] |= bit
		}
	}
	return true
}
