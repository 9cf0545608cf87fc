//go:build ignore

package main

// Mutant: checks each node only against its own children, so a value that
// is fine next to its parent but on the wrong side of a higher ancestor
// slips through.
func isValidBST(root *TreeNode) bool {
	if root == nil {
		return true
	}
	if root.Left != nil && root.Left.Val >= root.Val {
		return false
	}
	if root.Right != nil && root.Right.Val <= root.Val {
		return false
	}
	return isValidBST(root.Left) && isValidBST(root.Right)
}
