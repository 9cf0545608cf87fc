//go:build ignore

package main

// isSubtree tries every node of root as the top of a copy of subRoot,
// comparing the two trees node by node each time.
func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	if root == nil {
		return subRoot == nil
	}
	return bruteSame(root, subRoot) || isSubtree(root.Left, subRoot) || isSubtree(root.Right, subRoot)
}

func bruteSame(a, b *TreeNode) bool {
	if a == nil && b == nil {
		return true
	}
	if a == nil || b == nil || a.Val != b.Val {
		return false
	}
	return bruteSame(a.Left, b.Left) && bruteSame(a.Right, b.Right)
}
