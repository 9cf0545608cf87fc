//go:build ignore

package main

// Mutant: considers only paths through the root, joining it with its two
// best downward arms, and misses paths that turn lower in the tree.
func maxPathSum(root *TreeNode) int {
	return root.Val + max(down(root.Left), 0) + max(down(root.Right), 0)
}

func down(node *TreeNode) int {
	if node == nil {
		return 0
	}
	return node.Val + max(down(node.Left), down(node.Right), 0)
}
