//go:build ignore

package main

// maxDepth: a tree's depth is one (its root) plus the depth of its deeper
// subtree; an empty tree has depth 0.
func maxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return 1 + max(maxDepth(root.Left), maxDepth(root.Right))
}
