//go:build ignore

package main

// Mutant: demands that the shallowest and the deepest leaf differ by at most
// one level, a stricter rule than height balance at every node.
func isBalanced(root *TreeNode) bool {
	if root == nil {
		return true
	}
	shallow, deep := 1<<30, 0
	var walk func(node *TreeNode, depth int)
	walk = func(node *TreeNode, depth int) {
		if node == nil {
			return
		}
		if node.Left == nil && node.Right == nil {
			shallow, deep = min(shallow, depth), max(deep, depth)
			return
		}
		walk(node.Left, depth+1)
		walk(node.Right, depth+1)
	}
	walk(root, 1)
	return deep-shallow <= 1
}
