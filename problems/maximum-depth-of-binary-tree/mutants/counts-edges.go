//go:build ignore

package main

// Mutant: counts edges instead of nodes: a leaf scores 0, so every non-empty
// tree comes out one short.
func maxDepth(root *TreeNode) int {
	if root == nil || (root.Left == nil && root.Right == nil) {
		return 0
	}
	return 1 + max(maxDepth(root.Left), maxDepth(root.Right))
}
