//go:build ignore

package main

// kthSmallest runs an in-order traversal, which visits a search tree's values
// in increasing order, with an explicit stack, and stops at the k-th node it
// visits.
func kthSmallest(root *TreeNode, k int) int {
	var stack []*TreeNode
	node := root
	for {
		for node != nil {
			stack = append(stack, node)
			node = node.Left
		}
		node = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		k--
		if k == 0 {
			return node.Val
		}
		node = node.Right
	}
}
