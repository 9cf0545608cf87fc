//go:build ignore

package main

// Mutant: descends into the left child whenever there is one and only looks
// right when the left is missing, so a deeper right subtree is missed.
func maxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	if root.Left != nil {
		return 1 + maxDepth(root.Left)
	}
	return 1 + maxDepth(root.Right)
}
