//go:build ignore

package main

// verticalOrder runs a breadth-first search carrying each node's column, so
// every column's list fills top to bottom and, within a row, left to right.
// Columns are kept in a map and emitted from the smallest to the largest.
func verticalOrder(root *TreeNode) [][]int {
	out := [][]int{}
	if root == nil {
		return out
	}
	type item struct {
		node *TreeNode
		col  int
	}
	cols := map[int][]int{}
	lo, hi := 0, 0
	queue := []item{{root, 0}}
	for i := 0; i < len(queue); i++ {
		it := queue[i]
		cols[it.col] = append(cols[it.col], it.node.Val)
		lo, hi = min(lo, it.col), max(hi, it.col)
		if it.node.Left != nil {
			queue = append(queue, item{it.node.Left, it.col - 1})
		}
		if it.node.Right != nil {
			queue = append(queue, item{it.node.Right, it.col + 1})
		}
	}
	for c := lo; c <= hi; c++ {
		out = append(out, cols[c])
	}
	return out
}
