//go:build ignore

package main

// Mutant: starts the running maximum at 0 instead of the root's value, so a
// negative root, and every negative node, is never counted as good.
func goodNodes(root *TreeNode) int {
	var count func(node *TreeNode, best int) int
	count = func(node *TreeNode, best int) int {
		if node == nil {
			return 0
		}
		good := 0
		if node.Val >= best {
			good, best = 1, node.Val
		}
		return good + count(node.Left, best) + count(node.Right, best)
	}
	return count(root, 0)
}
