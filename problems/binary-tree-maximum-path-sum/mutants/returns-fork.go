//go:build ignore

package main

import "math"

// Mutant: hands the parent the sum of the path turning at the node (both
// arms) instead of one arm, so the parent extends a path that forks.
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
		return node.Val + l + r
	}
	down(root)
	return best
}
