//go:build ignore

package main

// Mutant: one depth-first pass that reports each subtree's distance to the
// target; at an ancestor d steps above the target it searches the other
// child's subtree k-d levels down instead of k-d-1, forgetting the edge to
// that child.
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
		for _, side := range [2][2]*TreeNode{{n.Left, n.Right}, {n.Right, n.Left}} {
			if d := find(side[0]); d >= 0 {
				d++
				if d == k {
					out = append(out, n.Val)
				} else {
					down(side[1], k-d)
				}
				return d
			}
		}
		return -1
	}
	find(root)
	return out
}
