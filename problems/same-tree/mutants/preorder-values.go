//go:build ignore

package main

import "slices"

// Mutant: compares the preorder lists of values without recording where
// children are missing, so two different shapes with the same preorder pass.
func isSameTree(p *TreeNode, q *TreeNode) bool {
	return slices.Equal(values(p, nil), values(q, nil))
}

func values(t *TreeNode, out []int) []int {
	if t == nil {
		return out
	}
	out = append(out, t.Val)
	out = values(t.Left, out)
	return values(t.Right, out)
}
