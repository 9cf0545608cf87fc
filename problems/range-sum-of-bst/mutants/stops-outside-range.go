//go:build ignore

package main

// Mutant: abandons a node outside the range together with its whole
// subtree, though one of its children may still lead back into the range.
func rangeSumBST(root *TreeNode, low int, high int) int {
	if root == nil || root.Val < low || root.Val > high {
		return 0
	}
	return root.Val + rangeSumBST(root.Left, low, high) + rangeSumBST(root.Right, low, high)
}
