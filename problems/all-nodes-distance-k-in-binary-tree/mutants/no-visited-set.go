//go:build ignore

package main

// Mutant: breadth-first search over left, right and parent links with no
// visited set, so a step can go straight back where it came from: nodes
// closer than k (the target itself when k is 2) are reported, some twice.
func distanceK(root *TreeNode, target *TreeNode, k int) []int {
	parent := map[*TreeNode]*TreeNode{}
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range [2]*TreeNode{n.Left, n.Right} {
			if c != nil {
				parent[c] = n
				stack = append(stack, c)
			}
		}
	}
	layer := []*TreeNode{target}
	for d := 0; d < k && len(layer) > 0; d++ {
		var next []*TreeNode
		for _, n := range layer {
			for _, m := range [3]*TreeNode{n.Left, n.Right, parent[n]} {
				if m != nil {
					next = append(next, m)
				}
			}
		}
		layer = next
	}
	out := []int{}
	for _, n := range layer {
		out = append(out, n.Val)
	}
	return out
}
