//go:build ignore

package main

// isValidSudoku compares every pair of filled cells: two equal digits in the
// same row, the same column or the same box make the grid invalid.
func isValidSudoku(board [][]byte) bool {
	for r1 := range 9 {
		for c1 := range 9 {
			for r2 := range 9 {
				for c2 := range 9 {
					if r1 == r2 && c1 == c2 {
						continue
					}
					d := board[r1][c1]
					if d == '.' || d != board[r2][c2] {
						continue
					}
					sameBox := r1/3 == r2/3 && c1/3 == c2/3
					if r1 == r2 || c1 == c2 || sameBox {
						return false
					}
				}
			}
		}
	}
	return true
}
