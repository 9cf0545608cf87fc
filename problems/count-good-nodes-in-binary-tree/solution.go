//go:build ignore

package main

// goodNodes walks down from the root carrying the largest value on the path
// so far. A node is good when it reaches that maximum; its children then get
// the maximum updated with its own value. Each branch receives its own copy
// of the maximum, so siblings never see each other's values.
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
	return count(root, root.Val)
}
