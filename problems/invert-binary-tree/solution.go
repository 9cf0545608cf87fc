//go:build ignore

package main

// invertTree mirrors the tree in place: every node trades its left and right
// subtrees, after each subtree has been mirrored itself.
func invertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	root.Left, root.Right = invertTree(root.Right), invertTree(root.Left)
	return root
}
