//go:build ignore

package main

type TicTacToe struct {
}

func Constructor(n int) TicTacToe {
	return TicTacToe{}
}

func (this *TicTacToe) Move(row int, col int, player int) int {
	return 0
}

/**
 * Your TicTacToe object will be instantiated and called as such:
 * obj := Constructor(n);
 * param_1 := obj.Move(row,col,player);
 */
