//go:build ignore

package main

// TicTacToe keeps one signed counter per row and column and one for each
// diagonal: player 1 adds 1, player 2 subtracts 1. A line is full of one
// player's marks exactly when its counter reaches n or -n, and a move can
// only change the lines through its cell, so each move is O(1).
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
	if row+col == this.n-1 {
		this.anti += d
	}
	goal := d * this.n
	if this.rows[row] == goal || this.cols[col] == goal || this.diag == goal || this.anti == goal {
		return player
	}
	return 0
}
