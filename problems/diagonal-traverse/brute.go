//go:build ignore

package main

import "sort"

// findDiagonalOrder lists every cell with a sort key, the diagonal first and
// then the position along it in the direction that diagonal is read (the
// column for even diagonals, the row for odd ones), and sorts.
func findDiagonalOrder(mat [][]int) []int {
	type cell struct{ d, along, val int }
	var cells []cell
	for i, row := range mat {
		for j, v := range row {
			along := i
			if (i+j)%2 == 0 {
				along = j
			}
			cells = append(cells, cell{i + j, along, v})
		}
	}
	sort.Slice(cells, func(a, b int) bool {
		if cells[a].d != cells[b].d {
			return cells[a].d < cells[b].d
		}
		return cells[a].along < cells[b].along
	})
	out := []int{}
	for _, c := range cells {
		out = append(out, c.val)
	}
	return out
}
