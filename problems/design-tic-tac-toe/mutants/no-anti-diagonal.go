//go:build ignore

package main

// Mutant: counts rows, columns and the main diagonal, but never the
// diagonal from top-right to bottom-left.
type TicTacToe struct {
	n          int
	rows, cols []int
	diag       int
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
	goal := d * this.n
	if this.rows[row] == goal || this.cols[col] == goal || this.diag == goal {
		return player
	}
	return 0
}
