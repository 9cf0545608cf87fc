//go:build ignore

package main

// Mutant: checks rows and columns but not the 3×3 boxes, so a repeat that
// shares only a box goes unnoticed.
func isValidSudoku(board [][]byte) bool {
	for i := range 9 {
		var row, col [10]bool
		for j := range 9 {
			if d := board[i][j]; d != '.' {
				if row[d-'0'] {
					return false
				}
				row[d-'0'] = true
			}
			if d := board[j][i]; d != '.' {
				if col[d-'0'] {
					return false
				}
				col[d-'0'] = true
			}
		}
	}
	return true
}
