//go:build ignore

package main

// Mutant: stops at leaves and only recurses into children that exist, but
// never checks the root itself for nil, so an empty tree crashes.
func maxDepth(root *TreeNode) int {
	if root.Left == nil && root.Right == nil {
		return 1
	}
	depth := 0
	if root.Left != nil {
		depth = max(depth, maxDepth(root.Left))
	}
	if root.Right != nil {
		depth = max(depth, maxDepth(root.Right))
	}
	return depth + 1
}
