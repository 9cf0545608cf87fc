//go:build ignore

package main

// Mutant: swaps the values of the two children instead of the subtrees, so
// the grandchildren stay where they were.
func invertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	if root.Left != nil && root.Right != nil {
		root.Left.Val, root.Right.Val = root.Right.Val, root.Left.Val
	} else {
		root.Left, root.Right = root.Right, root.Left
	}
	invertTree(root.Left)
	invertTree(root.Right)
	return root
}
