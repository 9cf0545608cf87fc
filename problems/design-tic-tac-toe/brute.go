//go:build ignore

package main

// TicTacToe stores the board. After each move it walks every row, every
// column and both diagonals, cell by cell, looking for a line filled by the
// player who just moved.
type TicTacToe struct {
	n     int
	board map[[2]int]int
}

func Constructor(n int) TicTacToe {
	return TicTacToe{n: n, board: map[[2]int]int{}}
}

func (this *TicTacToe) Move(row int, col int, player int) int {
	this.board[[2]int{row, col}] = player
	n := this.n
	// Each line is a start cell and a step.
	var lines [][4]int
	for i := 0; i < n; i++ {
		lines = append(lines, [4]int{i, 0, 0, 1}, [4]int{0, i, 1, 0})
	}
	lines = append(lines, [4]int{0, 0, 1, 1}, [4]int{0, n - 1, 1, -1})
	for _, l := range lines {
		full := true
		for k := 0; k < n; k++ {
			if this.board[[2]int{l[0] + k*l[2], l[1] + k*l[3]}] != player {
				full = false
			}
		}
		if full {
			return player
		}
	}
	return 0
}
