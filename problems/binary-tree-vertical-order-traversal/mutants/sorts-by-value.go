//go:build ignore

package main

import "sort"

// Mutant: breaks ties between nodes on the same row and column by value,
// as the other vertical-order problem does, instead of left to right.
// verdict: wrong_answer
func verticalOrder(root *TreeNode) [][]int {
	type spot struct{ col, row, val int }
	var all []spot
	var walk func(n *TreeNode, col, row int)
	walk = func(n *TreeNode, col, row int) {
		if n == nil {
			return
		}
		all = append(all, spot{col, row, n.Val})
		walk(n.Left, col-1, row+1)
		walk(n.Right, col+1, row+1)
	}
	walk(root, 0, 0)
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.col != b.col {
			return a.col < b.col
		}
		if a.row != b.row {
			return a.row < b.row
		}
		return a.val < b.val
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
