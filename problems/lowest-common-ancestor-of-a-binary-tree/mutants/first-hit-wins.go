//go:build ignore

package main

// Mutant: returns whichever side found something first and never checks
// whether both sides did, so a split node is never reported.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		return root
	}
	if left := lowestCommonAncestor(root.Left, p, q); left != nil {
		return left
	}
	return lowestCommonAncestor(root.Right, p, q)
}
