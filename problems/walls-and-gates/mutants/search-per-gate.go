//go:build ignore

package main

// Mutant: runs a separate breadth-first search from every gate, keeping the
// smaller distance, so the work is gates × rooms instead of one pass.
// verdict: time_limit_exceeded
func wallsAndGates(rooms [][]int) {
	rows, cols := len(rooms), len(rooms[0])
	for gr := 0; gr < rows; gr++ {
		for gc := 0; gc < cols; gc++ {
			if rooms[gr][gc] != 0 {
				continue
			}
			seen := make([][]bool, rows)
			for i := range seen {
				seen[i] = make([]bool, cols)
			}
			seen[gr][gc] = true
			queue := [][3]int{{gr, gc, 0}}
			for len(queue) > 0 {
				cur := queue[0]
				queue = queue[1:]
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := cur[0]+d[0], cur[1]+d[1]
					if nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc] || rooms[nr][nc] <= 0 {
						continue
					}
					seen[nr][nc] = true
					rooms[nr][nc] = min(rooms[nr][nc], cur[2]+1)
					queue = append(queue, [3]int{nr, nc, cur[2] + 1})
				}
			}
		}
	}
}
