//go:build ignore

package main

// Mutant: adds each digit at its depth's power of ten, so the root becomes
// the least significant digit and every number is read backwards.
// verdict: wrong_answer
func sumNumbers(root *TreeNode) int {
	var walk func(n *TreeNode, above, pow int) int
	walk = func(n *TreeNode, above, pow int) int {
		if n == nil {
			return 0
		}
		cur := above + n.Val*pow
		if n.Left == nil && n.Right == nil {
			return cur
		}
		return walk(n.Left, cur, pow*10) + walk(n.Right, cur, pow*10)
	}
	return walk(root, 0, 1)
}
