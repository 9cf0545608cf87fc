//go:build ignore

package main

// Mutant: for every 'O' it searches, with a fresh visited set, for a way to
// the edge, so one large enclosed region is searched once per cell:
// O((m·n)^2).
// verdict: time_limit_exceeded
func solve(board [][]byte) {
	rows, cols := len(board), len(board[0])
	escapes := func(r, c int) bool {
		seen := map[[2]int]bool{{r, c}: true}
		queue := [][2]int{{r, c}}
		for len(queue) > 0 {
			cell := queue[0]
			queue = queue[1:]
			if cell[0] == 0 || cell[1] == 0 || cell[0] == rows-1 || cell[1] == cols-1 {
				return true
			}
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				next := [2]int{cell[0] + d[0], cell[1] + d[1]}
				if board[next[0]][next[1]] == 'O' && !seen[next] {
					seen[next] = true
					queue = append(queue, next)
				}
			}
		}
		return false
	}
	var captured [][2]int
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if board[r][c] == 'O' && !escapes(r, c) {
				captured = append(captured, [2]int{r, c})
			}
		}
	}
	for _, cell := range captured {
		board[cell[0]][cell[1]] = 'X'
	}
}
