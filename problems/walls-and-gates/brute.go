//go:build ignore

package main

// wallsAndGates searches outward from every empty room on its own, ring by
// ring, until the search meets a gate; the ring it meets one on is the
// distance. Distances are written only after every room has been searched,
// so no search steps on a value another one wrote.
func wallsAndGates(rooms [][]int) {
	const empty = 2147483647
	rows, cols := len(rooms), len(rooms[0])
	dist := make([][]int, rows)
	for r := range dist {
		dist[r] = make([]int, cols)
		for c := range dist[r] {
			dist[r][c] = rooms[r][c]
			if rooms[r][c] != empty {
				continue
			}
			seen := map[[2]int]bool{{r, c}: true}
			ring := [][2]int{{r, c}}
			for steps := 1; len(ring) > 0 && dist[r][c] == empty; steps++ {
				var next [][2]int
				for _, cell := range ring {
					for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
						p := [2]int{cell[0] + d[0], cell[1] + d[1]}
						if p[0] < 0 || p[0] >= rows || p[1] < 0 || p[1] >= cols || seen[p] || rooms[p[0]][p[1]] == -1 {
							continue
						}
						seen[p] = true
						if rooms[p[0]][p[1]] == 0 {
							dist[r][c] = steps
						}
						next = append(next, p)
					}
				}
				ring = next
			}
		}
	}
	for r := range rooms {
		copy(rooms[r], dist[r])
	}
}
