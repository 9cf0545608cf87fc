//go:build ignore

package main

// Mutant: returns true as soon as either node is missing, not only when both
// are, so a tree with an extra subtree still matches.
func isSameTree(p *TreeNode, q *TreeNode) bool {
	if p == nil || q == nil {
		return true
	}
	return p.Val == q.Val && isSameTree(p.Left, q.Left) && isSameTree(p.Right, q.Right)
}
