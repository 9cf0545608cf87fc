//go:build ignore

package main

// Mutant: finishes a number at every missing child instead of at leaves, so
// a leaf counts twice and a node with one child adds its own prefix.
// (No time-limit mutant: the tree is at most 10 deep, so even recomputing
// each leaf's path from the root is linear at these limits.)
// verdict: wrong_answer
func sumNumbers(root *TreeNode) int {
	var walk func(n *TreeNode, above int) int
	walk = func(n *TreeNode, above int) int {
		if n == nil {
			return above
		}
		cur := above*10 + n.Val
		return walk(n.Left, cur) + walk(n.Right, cur)
	}
	return walk(root, 0)
}
