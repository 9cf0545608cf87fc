//go:build ignore

package main

// Mutant: walks down by comparing values as if the tree were a binary search
// tree, which it need not be.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	for root != nil {
		switch {
		case p.Val < root.Val && q.Val < root.Val:
			root = root.Left
		case p.Val > root.Val && q.Val > root.Val:
			root = root.Right
		default:
			return root
		}
	}
	return nil
}
