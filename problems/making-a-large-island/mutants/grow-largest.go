//go:build ignore

package main

// Mutant: assumes the best move is to grow the largest island by one cell,
// missing a flip that joins two smaller islands into a bigger one.
// verdict: wrong_answer
func largestIsland(grid [][]int) int {
	n := len(grid)
	seen := make([][]bool, n)
	for r := range seen {
		seen[r] = make([]bool, n)
	}
	largest, water := 0, false
	for r := range n {
		for c := range n {
			if grid[r][c] == 0 {
				water = true
				continue
			}
			if seen[r][c] {
				continue
			}
			seen[r][c] = true
			stack := [][2]int{{r, c}}
			count := 0
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				count++
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					y, x := p[0]+d[0], p[1]+d[1]
					if y >= 0 && y < n && x >= 0 && x < n && grid[y][x] == 1 && !seen[y][x] {
						seen[y][x] = true
						stack = append(stack, [2]int{y, x})
					}
				}
			}
			largest = max(largest, count)
		}
	}
	if water {
		return largest + 1
	}
	return largest
}
