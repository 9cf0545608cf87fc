//go:build ignore

package main

// Mutant: takes a cell to be on the top-right to bottom-left diagonal when
// row + col == n instead of n - 1, so that diagonal is never seen complete.
type TicTacToe struct {
	n          int
	rows, cols []int
	diag, anti int
}

func Constructor(n int) TicTacToe {
	return TicTacToe{n: n, rows: make([]int, n), cols: make([]int, n)}
}

func (this *TicTacToe) Move(row int, col int, player int) int {
	d := 1
	if player == 2 {
		d = -1
	}
	this.rows[row] += d
	this.cols[col] += d
	if row == col {
		this.diag += d
	}
	if row+col == this.n {
		this.anti += d
	}
	goal := d * this.n
	if this.rows[row] == goal || this.cols[col] == goal || this.diag == goal || this.anti == goal {
		return player
	}
	return 0
}
