//go:build ignore

package main

// Mutant: the helper hands its parent the length of the path bending at the
// node (both arms) instead of the node's height (the longer arm), so arms
// are counted twice higher up.
func diameterOfBinaryTree(root *TreeNode) int {
	best := 0
	var depth func(node *TreeNode) int
	depth = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l, r := depth(node.Left), depth(node.Right)
		best = max(best, l+r)
		return l + r + 1
	}
	depth(root)
	return best
}
