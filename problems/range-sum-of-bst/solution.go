//go:build ignore

package main

// rangeSumBST walks the search tree and skips every subtree that cannot hold
// a value in [low, high]: below low only the right side can, above high only
// the left side.
func rangeSumBST(root *TreeNode, low int, high int) int {
	if root == nil {
		return 0
	}
	if root.Val < low {
		return rangeSumBST(root.Right, low, high)
	}
	if root.Val > high {
		return rangeSumBST(root.Left, low, high)
	}
	return root.Val + rangeSumBST(root.Left, low, high) + rangeSumBST(root.Right, low, high)
}
