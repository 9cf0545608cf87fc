//go:build ignore

package main

// Mutant: decides a node is a leaf by looking at its left child alone, so a
// node with only a right child ends the path there.
// verdict: wrong_answer
func sumNumbers(root *TreeNode) int {
	var walk func(n *TreeNode, above int) int
	walk = func(n *TreeNode, above int) int {
		if n == nil {
			return 0
		}
		cur := above*10 + n.Val
		if n.Left == nil {
			return cur
		}
		return walk(n.Left, cur) + walk(n.Right, cur)
	}
	return walk(root, 0)
}
