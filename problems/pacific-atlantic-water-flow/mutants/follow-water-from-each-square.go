//go:build ignore

package main

// Mutant: follows the water downhill from every square with a fresh visited
// set and checks which edges it reaches, so equal heights make each search
// cover the whole grid: O((m·n)^2).
// verdict: time_limit_exceeded
func pacificAtlantic(heights [][]int) [][]int {
	rows, cols := len(heights), len(heights[0])
	res := [][]int{}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			seen := map[[2]int]bool{{r, c}: true}
			stack := [][2]int{{r, c}}
			pacific, atlantic := false, false
			for len(stack) > 0 {
				cell := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if cell[0] == 0 || cell[1] == 0 {
					pacific = true
				}
				if cell[0] == rows-1 || cell[1] == cols-1 {
					atlantic = true
				}
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					next := [2]int{cell[0] + d[0], cell[1] + d[1]}
					if next[0] >= 0 && next[0] < rows && next[1] >= 0 && next[1] < cols && !seen[next] &&
						heights[next[0]][next[1]] <= heights[cell[0]][cell[1]] {
						seen[next] = true
						stack = append(stack, next)
					}
				}
			}
			if pacific && atlantic {
				res = append(res, []int{r, c})
			}
		}
	}
	return res
}
