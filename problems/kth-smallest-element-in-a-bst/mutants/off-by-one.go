//go:build ignore

package main

// Mutant: tests the counter before counting the current node, so it returns
// the (k+1)-th smallest value (and runs off the end when k = n).
func kthSmallest(root *TreeNode, k int) int {
	var stack []*TreeNode
	node := root
	for node != nil || len(stack) > 0 {
		for node != nil {
			stack = append(stack, node)
			node = node.Left
		}
		node = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k == 0 {
			return node.Val
		}
		k--
		node = node.Right
	}
	return -1
}
