//go:build ignore

package main

// Mutant: keeps only the 'O' cells lying on the edge itself and captures
// every inner 'O', forgetting that an inner cell joined to an edge cell
// survives with it.
func solve(board [][]byte) {
	rows, cols := len(board), len(board[0])
	for r := 1; r < rows-1; r++ {
		for c := 1; c < cols-1; c++ {
			board[r][c] = 'X'
		}
	}
}
