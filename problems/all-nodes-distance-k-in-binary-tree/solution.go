//go:build ignore

package main

// distanceK makes one depth-first pass. find reports how far a subtree's
// root is from the target (-1 when the target is not in it). At the target,
// the nodes k levels down are collected; at an ancestor d steps above the
// target, the ancestor itself counts when d == k, and otherwise the nodes
// k-d-1 levels down its other child are collected: each is d + 1 + depth
// steps from the target, through the ancestor.
func distanceK(root *TreeNode, target *TreeNode, k int) []int {
	out := []int{}
	var collect func(n *TreeNode, depth int)
	collect = func(n *TreeNode, depth int) {
		if n == nil {
			return
		}
		if depth == 0 {
			out = append(out, n.Val)
			return
		}
		collect(n.Left, depth-1)
		collect(n.Right, depth-1)
	}
	var find func(n *TreeNode) int
	find = func(n *TreeNode) int {
		if n == nil {
			return -1
		}
		if n == target {
			collect(n, k)
			return 0
		}
		d, other := find(n.Left), n.Right
		if d < 0 {
			d, other = find(n.Right), n.Left
		}
		if d < 0 {
			return -1
		}
		d++
		if d == k {
			out = append(out, n.Val)
		} else if d < k {
			collect(other, k-d-1)
		}
		return d
	}
	find(root)
	return out
}
