//go:build ignore

package main

// Mutant: compares each node with its parent only, not with the largest
// value on the whole path from the root.
func goodNodes(root *TreeNode) int {
	var count func(node *TreeNode, parent int) int
	count = func(node *TreeNode, parent int) int {
		if node == nil {
			return 0
		}
		good := 0
		if node.Val >= parent {
			good = 1
		}
		return good + count(node.Left, node.Val) + count(node.Right, node.Val)
	}
	return count(root, root.Val)
}
