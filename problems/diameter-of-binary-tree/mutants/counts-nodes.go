//go:build ignore

package main

// Mutant: counts the nodes on the longest path instead of its edges, one too
// many.
func diameterOfBinaryTree(root *TreeNode) int {
	best := 0
	var height func(node *TreeNode) int
	height = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l, r := height(node.Left), height(node.Right)
		best = max(best, l+r+1)
		return 1 + max(l, r)
	}
	height(root)
	return best
}
