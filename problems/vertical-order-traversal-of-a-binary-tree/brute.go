//go:build ignore

package main

// verticalTraversal lists every node with its position, then for each
// column from left to right and each row from the top, scans all nodes for
// that exact spot and sorts the few it finds by value.
func verticalTraversal(root *TreeNode) [][]int {
	type spot struct{ row, col, val int }
	var all []spot
	var walk func(n *TreeNode, row, col int)
	walk = func(n *TreeNode, row, col int) {
		if n == nil {
			return
		}
		all = append(all, spot{row, col, n.Val})
		walk(n.Left, row+1, col-1)
		walk(n.Right, row+1, col+1)
	}
	walk(root, 0, 0)
	minCol, maxCol, maxRow := 0, 0, 0
	for _, s := range all {
		minCol, maxCol, maxRow = min(minCol, s.col), max(maxCol, s.col), max(maxRow, s.row)
	}
	var out [][]int
	for c := minCol; c <= maxCol; c++ {
		var column []int
		for r := 0; r <= maxRow; r++ {
			var here []int
			for _, s := range all {
				if s.row == r && s.col == c {
					here = append(here, s.val)
				}
			}
			for i := 1; i < len(here); i++ { // insertion sort
				for j := i; j > 0 && here[j] < here[j-1]; j-- {
					here[j], here[j-1] = here[j-1], here[j]
				}
			}
			column = append(column, here...)
		}
		out = append(out, column)
	}
	return out
}
