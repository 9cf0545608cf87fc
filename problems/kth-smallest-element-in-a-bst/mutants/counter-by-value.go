//go:build ignore

package main

// Mutant: passes the visit counter by value, so nodes counted inside a left
// subtree are forgotten once the recursion returns to the parent.
func kthSmallest(root *TreeNode, k int) int {
	result := -1
	var walk func(node *TreeNode, count int)
	walk = func(node *TreeNode, count int) {
		if node == nil {
			return
		}
		walk(node.Left, count)
		count++
		if count == k {
			result = node.Val
			return
		}
		walk(node.Right, count)
	}
	walk(root, 0)
	return result
}
