//go:build ignore

package main

// Mutant: swaps the children only when both exist, so a node with a single
// child keeps it on the same side.
func invertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	if root.Left != nil && root.Right != nil {
		root.Left, root.Right = root.Right, root.Left
	}
	invertTree(root.Left)
	invertTree(root.Right)
	return root
}
