//go:build ignore

package main

// Mutant: checks only that the left subtree is not more than one taller than
// the right, forgetting the absolute value, so right-heavy trees pass.
func isBalanced(root *TreeNode) bool {
	var height func(node *TreeNode) int
	height = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l, r := height(node.Left), height(node.Right)
		if l < 0 || r < 0 || l-r > 1 {
			return -1
		}
		return 1 + max(l, r)
	}
	return height(root) >= 0
}
