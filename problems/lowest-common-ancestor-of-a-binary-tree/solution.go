//go:build ignore

package main

// lowestCommonAncestor searches both subtrees in one post-order pass. A call
// returns p or q if its subtree holds one of them (or the answer once found);
// the first node that gets a hit from both sides, or is itself p or q, is the
// lowest common ancestor.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		return root
	}
	left := lowestCommonAncestor(root.Left, p, q)
	right := lowestCommonAncestor(root.Right, p, q)
	if left != nil && right != nil {
		return root
	}
	if left != nil {
		return left
	}
	return right
}
