//go:build ignore

package main

// Mutant: also accepts the children swapped at a node, so a mirrored tree
// counts as the same one.
func isSameTree(p *TreeNode, q *TreeNode) bool {
	if p == nil || q == nil {
		return p == q
	}
	if p.Val != q.Val {
		return false
	}
	return (isSameTree(p.Left, q.Left) && isSameTree(p.Right, q.Right)) ||
		(isSameTree(p.Left, q.Right) && isSameTree(p.Right, q.Left))
}
