//go:build ignore

package main

// Mutant: one depth-first pass that reports each subtree's distance to the
// target; at an ancestor d steps above the target it searches the whole
// ancestor's subtree k-d levels down, the target's own side included, where
// depths below the ancestor are not distances to the target.
func distanceK(root *TreeNode, target *TreeNode, k int) []int {
	out := []int{}
	var down func(n *TreeNode, d int)
	down = func(n *TreeNode, d int) {
		if n == nil || d < 0 {
			return
		}
		if d == 0 {
			out = append(out, n.Val)
			return
		}
		down(n.Left, d-1)
		down(n.Right, d-1)
	}
	var find func(n *TreeNode) int
	find = func(n *TreeNode) int {
		if n == nil {
			return -1
		}
		if n == target {
			down(n, k)
			return 0
		}
		d := find(n.Left)
		if d < 0 {
			d = find(n.Right)
		}
		if d < 0 {
			return -1
		}
		d++
		down(n, k-d)
		return d
	}
	find(root)
	return out
}
