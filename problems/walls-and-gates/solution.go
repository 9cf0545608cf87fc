//go:build ignore

package main

// wallsAndGates runs one breadth-first search from all gates at once. The
// search reaches cells in order of their distance to the nearest gate, so the
// first time it enters an empty room that distance is final; a room that
// still holds the empty value has not been reached yet, which makes a
// separate visited set unnecessary. Each cell enters the queue at most once,
// so the queue is sized for all of them up front.
func wallsAndGates(rooms [][]int) {
	const empty = 1<<31 - 1
	rows, cols := len(rooms), len(rooms[0])
	queue := make([][2]int, 0, rows*cols)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if rooms[r][c] == 0 {
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	for head := 0; head < len(queue); head++ {
		r, c := queue[head][0], queue[head][1]
		next := rooms[r][c] + 1
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < rows && nc >= 0 && nc < cols && rooms[nr][nc] == empty {
				rooms[nr][nc] = next
				queue = append(queue, [2]int{nr, nc})
			}
		}
	}
}
