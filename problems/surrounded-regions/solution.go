//go:build ignore

package main

// solve marks every 'O' that is connected to the border, starting an
// explicit-stack flood from each border 'O' and writing '#' on the cells it
// reaches. Whatever 'O' is left unmarked is enclosed: one final sweep turns
// it into 'X' and turns the marks back into 'O'. A cell is pushed at most
// once, so the stack is sized for every cell up front.
func solve(board [][]byte) {
	rows, cols := len(board), len(board[0])
	stack := make([][2]int, 0, rows*cols)
	mark := func(r, c int) {
		if board[r][c] == 'O' {
			board[r][c] = '#'
			stack = append(stack, [2]int{r, c})
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
	for len(stack) > 0 {
		cell := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := cell[0]+d[0], cell[1]+d[1]
			if nr >= 0 && nr < rows && nc >= 0 && nc < cols {
				mark(nr, nc)
			}
		}
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			switch board[r][c] {
			case 'O':
				board[r][c] = 'X'
			case '#':
				board[r][c] = 'O'
			}
		}
	}
}
