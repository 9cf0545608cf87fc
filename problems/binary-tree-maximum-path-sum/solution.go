//go:build ignore

package main

import "math"

// maxPathSum visits the tree bottom up. For each node, down returns the best
// sum of a path that starts at the node and goes straight down, taking a
// child's path only when it adds something. The best path whose highest
// node is this one joins the node with both children's useful downward
// paths; the answer is the best of these over all nodes.
func maxPathSum(root *TreeNode) int {
	best := math.MinInt
	var down func(node *TreeNode) int
	down = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l := max(down(node.Left), 0)
		r := max(down(node.Right), 0)
		best = max(best, node.Val+l+r)
		return node.Val + max(l, r)
	}
	down(root)
	return best
}
