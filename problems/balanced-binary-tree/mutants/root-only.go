//go:build ignore

package main

// Mutant: compares the heights of the root's two subtrees only and never
// checks the nodes below, which can be out of balance themselves.
func isBalanced(root *TreeNode) bool {
	if root == nil {
		return true
	}
	d := height(root.Left) - height(root.Right)
	return d >= -1 && d <= 1
}

func height(node *TreeNode) int {
	if node == nil {
		return 0
	}
	return 1 + max(height(node.Left), height(node.Right))
}
