//go:build ignore

package main

// Mutant: right answers, but after each move it counts the mover's marks in
// every row, every column and both diagonals of the stored board: O(n^2)
// per move, O(n^4) for a full 100 x 100 game (about 2*10^8 cell reads).
// verdict: time_limit_exceeded
//
// A board scan that stops each line at its first foreign mark is also O(n^2)
// per move in the worst case, but no single game makes it slow: even the
// most adversarial order (every row one cell short of full, filled row by
// row) costs it about 4*10^7 reads, about the time limit, so it cannot fail
// reliably and is not a mutant. The tests play such boards in random order,
// where it takes under 10 ms a game and is accepted every time.
type TicTacToe struct {
	n     int
	board [][]int
}

func Constructor(n int) TicTacToe {
	b := make([][]int, n)
	for i := range b {
		b[i] = make([]int, n)
	}
	return TicTacToe{n: n, board: b}
}

func (this *TicTacToe) Move(row int, col int, player int) int {
	this.board[row][col] = player
	n := this.n
	for r := 0; r < n; r++ {
		count := 0
		for c := 0; c < n; c++ {
			if this.board[r][c] == player {
				count++
			}
		}
		if count == n {
			return player
		}
	}
	for c := 0; c < n; c++ {
		count := 0
		for r := 0; r < n; r++ {
			if this.board[r][c] == player {
				count++
			}
		}
		if count == n {
			return player
		}
	}
	diag, anti := 0, 0
	for i := 0; i < n; i++ {
		if this.board[i][i] == player {
			diag++
		}
		if this.board[i][n-1-i] == player {
			anti++
		}
	}
	if diag == n || anti == n {
		return player
	}
	return 0
}
