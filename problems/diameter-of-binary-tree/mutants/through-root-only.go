//go:build ignore

package main

// Mutant: measures only the path that bends at the root, left height plus
// right height, missing longer paths inside one subtree.
func diameterOfBinaryTree(root *TreeNode) int {
	return height(root.Left) + height(root.Right)
}

func height(node *TreeNode) int {
	if node == nil {
		return 0
	}
	return 1 + max(height(node.Left), height(node.Right))
}
