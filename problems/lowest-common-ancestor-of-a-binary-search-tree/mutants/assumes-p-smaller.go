//go:build ignore

package main

// Mutant: assumes p holds the smaller value and q the larger, and steers by
// q alone to go left and by p alone to go right.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	node := root
	for node != nil {
		if q.Val < node.Val {
			node = node.Left
		} else if p.Val > node.Val {
			node = node.Right
		} else {
			return node
		}
	}
	return nil
}
