//go:build ignore

package main

import "math"

// Mutant: counts a node only when it is strictly greater than everything
// above it, so nodes that tie with the path's maximum are missed.
func goodNodes(root *TreeNode) int {
	var count func(node *TreeNode, best int) int
	count = func(node *TreeNode, best int) int {
		if node == nil {
			return 0
		}
		good := 0
		if node.Val > best {
			good, best = 1, node.Val
		}
		return good + count(node.Left, best) + count(node.Right, best)
	}
	return count(root, math.MinInt)
}
