//go:build ignore

package main

// Mutant: only looks down from the target, forgetting that paths may go up
// through its ancestors and down their other sides.
func distanceK(root *TreeNode, target *TreeNode, k int) []int {
	out := []int{}
	var down func(n *TreeNode, d int)
	down = func(n *TreeNode, d int) {
		if n == nil {
			return
		}
		if d == 0 {
			out = append(out, n.Val)
			return
		}
		down(n.Left, d-1)
		down(n.Right, d-1)
	}
	down(target, k)
	return out
}
