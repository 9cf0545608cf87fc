//go:build ignore

package main

// Mutant: lets the search step diagonally as well, so distances are too
// short and rooms sealed off at a corner get a distance.
func wallsAndGates(rooms [][]int) {
	const empty = 2147483647
	rows, cols := len(rooms), len(rooms[0])
	var queue [][2]int
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if rooms[r][c] == 0 {
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	for len(queue) > 0 {
		cell := queue[0]
		queue = queue[1:]
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				nr, nc := cell[0]+dr, cell[1]+dc
				if nr >= 0 && nr < rows && nc >= 0 && nc < cols && rooms[nr][nc] == empty {
					rooms[nr][nc] = rooms[cell[0]][cell[1]] + 1
					queue = append(queue, [2]int{nr, nc})
				}
			}
		}
	}
}
