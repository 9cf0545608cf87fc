//go:build ignore

package main

// Mutant: turns each water cell into land in turn and flood-fills the
// island it lands in from scratch. Correct, but each fill can cover the
// whole grid: O(n^4) on a big island dotted with water.
// verdict: time_limit_exceeded
func largestIsland(grid [][]int) int {
	n := len(grid)
	mark := make([][]int, n)
	for r := range mark {
		mark[r] = make([]int, n)
	}
	stamp := 0
	fill := func(sr, sc int) int {
		stamp++
		stack := [][2]int{{sr, sc}}
		mark[sr][sc] = stamp
		count := 0
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			count++
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				y, x := p[0]+d[0], p[1]+d[1]
				if y >= 0 && y < n && x >= 0 && x < n && grid[y][x] == 1 && mark[y][x] != stamp {
					mark[y][x] = stamp
					stack = append(stack, [2]int{y, x})
				}
			}
		}
		return count
	}
	best, water := 0, false
	for r := range n {
		for c := range n {
			if grid[r][c] == 0 {
				water = true
				grid[r][c] = 1
				best = max(best, fill(r, c))
				grid[r][c] = 0
			}
		}
	}
	if !water {
		return n * n
	}
	return best
}
