//go:build ignore

package main

// Mutant: counts how many marks each line holds without telling the players
// apart, so a line filled by both players is reported as won by whoever
// placed its last mark.
type TicTacToe struct {
	n          int
	rows, cols []int
	diag, anti int
}

func Constructor(n int) TicTacToe {
	return TicTacToe{n: n, rows: make([]int, n), cols: make([]int, n)}
}

func (this *TicTacToe) Move(row int, col int, player int) int {
	this.rows[row]++
	this.cols[col]++
	if row == col {
		this.diag++
	}
	if row+col == this.n-1 {
		this.anti++
	}
	if this.rows[row] == this.n || this.cols[col] == this.n || this.diag == this.n || this.anti == this.n {
		return player
	}
	return 0
}
