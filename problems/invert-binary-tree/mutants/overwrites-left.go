//go:build ignore

package main

// Mutant: assigns the new left child first and then inverts root.Left for
// the right side, which by then is the old right subtree: the left subtree
// is lost and the right one appears twice.
func invertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	root.Left = invertTree(root.Right)
	root.Right = invertTree(root.Left)
	return root
}
