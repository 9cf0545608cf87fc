//go:build ignore

package main

// isBalanced computes every subtree's height once, bottom up. The helper
// returns -1 as soon as some subtree below is out of balance, and that -1 is
// passed straight up, so no height is ever computed twice.
func isBalanced(root *TreeNode) bool {
	var height func(node *TreeNode) int
	height = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l := height(node.Left)
		if l < 0 {
			return -1
		}
		r := height(node.Right)
		if r < 0 || l-r > 1 || r-l > 1 {
			return -1
		}
		return 1 + max(l, r)
	}
	return height(root) >= 0
}
