//go:build ignore

package main

import "math"

// Mutant: at every node recomputes both downward arms from scratch, then
// recurses into the children, which recompute them again: O(n·h), quadratic
// on a deep chain.
// verdict: time_limit_exceeded
func maxPathSum(root *TreeNode) int {
	if root == nil {
		return math.MinInt
	}
	here := root.Val + max(arm(root.Left), 0) + max(arm(root.Right), 0)
	return max(here, maxPathSum(root.Left), maxPathSum(root.Right))
}

func arm(node *TreeNode) int {
	if node == nil {
		return 0
	}
	return node.Val + max(arm(node.Left), arm(node.Right), 0)
}
