//go:build ignore

package main

// Mutant: per-player counters, but the diagonal counters are updated on
// every move instead of only for cells on the diagonals, so a player with
// n marks anywhere on the board is declared the winner.
type TicTacToe struct {
	n          int
	rows, cols [3][]int
	diag, anti [3]int
}

func Constructor(n int) TicTacToe {
	t := TicTacToe{n: n}
	for p := 1; p <= 2; p++ {
		t.rows[p] = make([]int, n)
		t.cols[p] = make([]int, n)
	}
	return t
}

func (this *TicTacToe) Move(row int, col int, player int) int {
	this.rows[player][row]++
	this.cols[player][col]++
	this.diag[player]++
	this.anti[player]++
	n := this.n
	if this.rows[player][row] == n || this.cols[player][col] == n || this.diag[player] == n || this.anti[player] == n {
		return player
	}
	return 0
}
