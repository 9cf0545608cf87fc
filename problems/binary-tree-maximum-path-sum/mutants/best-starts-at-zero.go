//go:build ignore

package main

// Mutant: starts the best sum at 0, as if the empty path were allowed, so a
// tree of negative values reports 0.
func maxPathSum(root *TreeNode) int {
	best := 0
	var down func(node *TreeNode) int
	down = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		l := max(down(node.Left), 0)
		r := max(down(node.Right), 0)
		best = max(best, node.Val+l+r)
		return node.Val + max(l, r)
	}
	down(root)
	return best
}
