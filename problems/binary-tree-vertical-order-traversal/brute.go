//go:build ignore

package main

import "sort"

// verticalOrder records, by a recursive walk, every node's column, row and
// path from the root ("L"/"R" steps: on one row, paths compare in
// left-to-right order), then sorts the nodes by column, row and path and
// cuts the list into columns.
func verticalOrder(root *TreeNode) [][]int {
	type spot struct {
		col, row int
		path     string
		val      int
	}
	var all []spot
	var walk func(n *TreeNode, col, row int, path string)
	walk = func(n *TreeNode, col, row int, path string) {
		if n == nil {
			return
		}
		all = append(all, spot{col, row, path, n.Val})
		walk(n.Left, col-1, row+1, path+"L")
		walk(n.Right, col+1, row+1, path+"R")
	}
	walk(root, 0, 0, "")
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.col != b.col {
			return a.col < b.col
		}
		if a.row != b.row {
			return a.row < b.row
		}
		return a.path < b.path
	})
	out := [][]int{}
	for i, s := range all {
		if i == 0 || s.col != all[i-1].col {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s.val)
	}
	return out
}
