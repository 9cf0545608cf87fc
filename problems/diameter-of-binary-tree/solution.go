//go:build ignore

package main

// diameterOfBinaryTree computes every subtree's height once, bottom up. The
// longest path that bends at a node joins its two deepest downward arms, so
// it is the left height plus the right height; the answer is the best of
// these over all nodes.
func diameterOfBinaryTree(root *TreeNode) int {
	best := 0
	var height func(node *TreeNode) int
	height = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l, r := height(node.Left), height(node.Right)
		best = max(best, l+r)
		return 1 + max(l, r)
	}
	height(root)
	return best
}
