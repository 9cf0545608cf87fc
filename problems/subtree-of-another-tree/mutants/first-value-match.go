//go:build ignore

package main

// Mutant: compares only at the first node whose value equals subRoot's root
// value, giving up when that one fails though a later node could match.
func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	start := find(root, subRoot.Val)
	return start != nil && same(start, subRoot)
}

func find(t *TreeNode, v int) *TreeNode {
	if t == nil || t.Val == v {
		return t
	}
	if f := find(t.Left, v); f != nil {
		return f
	}
	return find(t.Right, v)
}

func same(a, b *TreeNode) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Val == b.Val && same(a.Left, b.Left) && same(a.Right, b.Right)
}
