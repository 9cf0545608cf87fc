//go:build ignore

package main

// Mutant: mixes up the pruning: below low it searches the left subtree
// (all even smaller) and above high the right one.
func rangeSumBST(root *TreeNode, low int, high int) int {
	if root == nil {
		return 0
	}
	if root.Val < low {
		return rangeSumBST(root.Left, low, high)
	}
	if root.Val > high {
		return rangeSumBST(root.Right, low, high)
	}
	return root.Val + rangeSumBST(root.Left, low, high) + rangeSumBST(root.Right, low, high)
}
