//go:build ignore

package main

import "math"

// Mutant: always adds the children's downward sums, even negative ones,
// instead of dropping an arm that only lowers the total.
func maxPathSum(root *TreeNode) int {
	best := math.MinInt
	var down func(node *TreeNode) int
	down = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l, r := down(node.Left), down(node.Right)
		best = max(best, node.Val+l+r)
		return node.Val + max(l, r)
	}
	down(root)
	return best
}
