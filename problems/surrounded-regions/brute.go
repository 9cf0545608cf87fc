//go:build ignore

package main

// solve starts with the 'O' cells on the edge as safe, then sweeps the whole
// board again and again, making safe any 'O' with a safe neighbour, until a
// sweep changes nothing. Every 'O' still unsafe is captured.
func solve(board [][]byte) {
	rows, cols := len(board), len(board[0])
	safe := make([][]bool, rows)
	for r := range safe {
		safe[r] = make([]bool, cols)
		for c := range safe[r] {
			onEdge := r == 0 || c == 0 || r == rows-1 || c == cols-1
			safe[r][c] = onEdge && board[r][c] == 'O'
		}
	}
	for changed := true; changed; {
		changed = false
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				if board[r][c] != 'O' || safe[r][c] {
					continue
				}
				for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := r+d[0], c+d[1]
					if nr >= 0 && nr < rows && nc >= 0 && nc < cols && safe[nr][nc] {
						safe[r][c] = true
						changed = true
						break
					}
				}
			}
		}
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if board[r][c] == 'O' && !safe[r][c] {
				board[r][c] = 'X'
			}
		}
	}
}
