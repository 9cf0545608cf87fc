//go:build ignore

package main

import "math"

// maxPathSum tries every pair of end nodes, a node paired with itself
// included: it climbs from both ends to their lowest common ancestor using
// parent links and depths, adding up the values on the way.
func maxPathSum(root *TreeNode) int {
	parent := map[*TreeNode]*TreeNode{}
	depth := map[*TreeNode]int{root: 0}
	nodes := []*TreeNode{root}
	for i := 0; i < len(nodes); i++ {
		for _, c := range []*TreeNode{nodes[i].Left, nodes[i].Right} {
			if c != nil {
				parent[c], depth[c] = nodes[i], depth[nodes[i]]+1
				nodes = append(nodes, c)
			}
		}
	}
	best := math.MinInt
	for _, u := range nodes {
		for _, v := range nodes {
			sum := 0
			a, b := u, v
			for a != b {
				if depth[a] >= depth[b] {
					sum += a.Val
					a = parent[a]
				} else {
					sum += b.Val
					b = parent[b]
				}
			}
			if sum += a.Val; sum > best {
				best = sum
			}
		}
	}
	return best
}
