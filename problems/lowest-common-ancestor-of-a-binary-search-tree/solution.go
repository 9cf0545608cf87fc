//go:build ignore

package main

// lowestCommonAncestor walks down from the root using the search-tree order:
// while p and q are both smaller (or both larger) than the current node, the
// answer lies on that side; the first node that separates them, or equals
// one of them, is the answer.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	node := root
	for {
		switch {
		case p.Val < node.Val && q.Val < node.Val:
			node = node.Left
		case p.Val > node.Val && q.Val > node.Val:
			node = node.Right
		default:
			return node
		}
	}
}
