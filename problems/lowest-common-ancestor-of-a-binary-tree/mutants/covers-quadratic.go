//go:build ignore

package main

// Mutant: at every node, searches the left subtree for p and for q again to
// decide where to go: correct, but O(n^2) on a deep tree with p and q at the
// bottom.
// verdict: time_limit_exceeded
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	if root == p || root == q {
		return root
	}
	pLeft := covers(root.Left, p)
	qLeft := covers(root.Left, q)
	if pLeft != qLeft {
		return root
	}
	if pLeft {
		return lowestCommonAncestor(root.Left, p, q)
	}
	return lowestCommonAncestor(root.Right, p, q)
}

func covers(node, target *TreeNode) bool {
	if node == nil {
		return false
	}
	if node == target {
		return true
	}
	return covers(node.Left, target) || covers(node.Right, target)
}
