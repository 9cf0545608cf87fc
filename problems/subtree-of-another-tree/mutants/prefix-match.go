//go:build ignore

package main

// Mutant: its comparison succeeds whenever subRoot runs out, so it finds
// subRoot as the top part of a subtree even when that subtree goes on
// below it.
func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	if root == nil {
		return false
	}
	return covers(root, subRoot) || isSubtree(root.Left, subRoot) || isSubtree(root.Right, subRoot)
}

func covers(a, b *TreeNode) bool {
	if b == nil {
		return true
	}
	if a == nil {
		return false
	}
	return a.Val == b.Val && covers(a.Left, b.Left) && covers(a.Right, b.Right)
}
