//go:build ignore

package main

// sumNumbers passes the number spelled so far down the tree; a leaf
// contributes its finished number, an inner node the sum of its subtrees.
func sumNumbers(root *TreeNode) int {
	return sumFrom(root, 0)
}

func sumFrom(node *TreeNode, above int) int {
	if node == nil {
		return 0
	}
	cur := above*10 + node.Val
	if node.Left == nil && node.Right == nil {
		return cur
	}
	return sumFrom(node.Left, cur) + sumFrom(node.Right, cur)
}
