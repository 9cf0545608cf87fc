//go:build ignore

package main

// Mutant: two dynamic-programming sweeps, one from the top-left using the
// cells above and to the left, one from the bottom-right using the cells
// below and to the right; a shortest path that has to turn back around a
// wall is never found.
func wallsAndGates(rooms [][]int) {
	const empty = 2147483647
	rows, cols := len(rooms), len(rooms[0])
	relax := func(r, c, nr, nc int) {
		if nr < 0 || nr >= rows || nc < 0 || nc >= cols || rooms[nr][nc] < 0 || rooms[nr][nc] == empty {
			return
		}
		rooms[r][c] = min(rooms[r][c], rooms[nr][nc]+1)
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if rooms[r][c] > 0 {
				relax(r, c, r-1, c)
				relax(r, c, r, c-1)
			}
		}
	}
	for r := rows - 1; r >= 0; r-- {
		for c := cols - 1; c >= 0; c-- {
			if rooms[r][c] > 0 {
				relax(r, c, r+1, c)
				relax(r, c, r, c+1)
			}
		}
	}
}
