//go:build ignore

package main

import "sort"

// Mutant: fills each column in preorder and never sorts it, so a deep node
// of the left subtree comes before a shallower node of the right one.
// verdict: wrong_answer
func verticalTraversal(root *TreeNode) [][]int {
	cols := map[int][]int{}
	var walk func(n *TreeNode, col int)
	walk = func(n *TreeNode, col int) {
		if n == nil {
			return
		}
		cols[col] = append(cols[col], n.Val)
		walk(n.Left, col-1)
		walk(n.Right, col+1)
	}
	walk(root, 0)
	var keys []int
	for c := range cols {
		keys = append(keys, c)
	}
	sort.Ints(keys)
	var out [][]int
	for _, c := range keys {
		out = append(out, cols[c])
	}
	return out
}
