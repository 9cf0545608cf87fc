//go:build ignore

package main

// pacificAtlantic searches uphill from each ocean: a square reached by
// climbing (to neighbours at least as high) from an ocean's edge squares is
// exactly a square whose rain can run down to that ocean. Two searches, one
// per ocean, each mark their own grid; the answer is the squares both mark.
func pacificAtlantic(heights [][]int) [][]int {
	rows, cols := len(heights), len(heights[0])
	climb := func(seeds [][2]int) [][]bool {
		seen := make([][]bool, rows)
		for r := range seen {
			seen[r] = make([]bool, cols)
		}
		stack := make([][2]int, 0, rows*cols) // each square is pushed at most once
		for _, s := range seeds {
			if !seen[s[0]][s[1]] {
				seen[s[0]][s[1]] = true
				stack = append(stack, s)
			}
		}
		for len(stack) > 0 {
			cell := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			h := heights[cell[0]][cell[1]]
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				nr, nc := cell[0]+d[0], cell[1]+d[1]
				if nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen[nr][nc] && heights[nr][nc] >= h {
					seen[nr][nc] = true
					stack = append(stack, [2]int{nr, nc})
				}
			}
		}
		return seen
	}
	var pacific, atlantic [][2]int
	for r := 0; r < rows; r++ {
		pacific = append(pacific, [2]int{r, 0})
		atlantic = append(atlantic, [2]int{r, cols - 1})
	}
	for c := 0; c < cols; c++ {
		pacific = append(pacific, [2]int{0, c})
		atlantic = append(atlantic, [2]int{rows - 1, c})
	}
	p, a := climb(pacific), climb(atlantic)
	res := [][]int{}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if p[r][c] && a[r][c] {
				res = append(res, []int{r, c})
			}
		}
	}
	return res
}
