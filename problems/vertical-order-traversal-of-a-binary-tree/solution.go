//go:build ignore

package main

import (
	"cmp"
	"slices"
)

// verticalTraversal records every node's (column, row, value) with a
// depth-first walk, sorts the triples, and starts a new list wherever the
// column changes.
func verticalTraversal(root *TreeNode) [][]int {
	type spot struct{ col, row, val int }
	var spots []spot
	var walk func(n *TreeNode, row, col int)
	walk = func(n *TreeNode, row, col int) {
		if n == nil {
			return
		}
		spots = append(spots, spot{col, row, n.Val})
		walk(n.Left, row+1, col-1)
		walk(n.Right, row+1, col+1)
	}
	walk(root, 0, 0)
	slices.SortFunc(spots, func(a, b spot) int {
		return cmp.Or(cmp.Compare(a.col, b.col), cmp.Compare(a.row, b.row), cmp.Compare(a.val, b.val))
	})
	var out [][]int
	for i, s := range spots {
		if i == 0 || s.col != spots[i-1].col {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s.val)
	}
	return out
}
