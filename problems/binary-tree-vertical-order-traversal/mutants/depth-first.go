//go:build ignore

package main

import "sort"

// Mutant: collects each column by a preorder walk, so a deep node of the
// left subtree lands before a shallower node of the right subtree.
// (No time-limit mutant: at 100 nodes every approach is instant.)
// verdict: wrong_answer
func verticalOrder(root *TreeNode) [][]int {
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
	out := [][]int{}
	for _, c := range keys {
		out = append(out, cols[c])
	}
	return out
}
