//go:build ignore

package main

// Mutant: walks right subtree first, which yields values in decreasing
// order: it returns the k-th largest.
func kthSmallest(root *TreeNode, k int) int {
	count, result := 0, 0
	var walk func(node *TreeNode)
	walk = func(node *TreeNode) {
		if node == nil || count >= k {
			return
		}
		walk(node.Right)
		count++
		if count == k {
			result = node.Val
			return
		}
		walk(node.Left)
	}
	walk(root)
	return result
}
