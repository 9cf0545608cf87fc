//go:build ignore

package main

// isSameTree walks both trees in lockstep: two missing nodes match, a missing
// node never matches a present one, and two present nodes match when their
// values agree and so do both pairs of subtrees.
func isSameTree(p *TreeNode, q *TreeNode) bool {
	if p == nil || q == nil {
		return p == q
	}
	return p.Val == q.Val && isSameTree(p.Left, q.Left) && isSameTree(p.Right, q.Right)
}
