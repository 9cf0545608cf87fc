//go:build ignore

package main

// Mutant: the flood from the edge also steps diagonally, so an enclosed
// region touching a surviving one only at a corner escapes capture.
func solve(board [][]byte) {
	rows, cols := len(board), len(board[0])
	var mark func(r, c int)
	mark = func(r, c int) {
		if r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] != 'O' {
			return
		}
		board[r][c] = '#'
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				mark(r+dr, c+dc)
			}
		}
	}
	for r := 0; r < rows; r++ {
		mark(r, 0)
		mark(r, cols-1)
	}
	for c := 0; c < cols; c++ {
		mark(0, c)
		mark(rows-1, c)
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if board[r][c] == 'O' {
				board[r][c] = 'X'
			} else if board[r][c] == '#' {
				board[r][c] = 'O'
			}
		}
	}
}
