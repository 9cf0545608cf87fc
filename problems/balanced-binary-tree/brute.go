//go:build ignore

package main

// isBalanced lists every node, then measures both subtree heights of each
// one from scratch and checks that they differ by at most one.
func isBalanced(root *TreeNode) bool {
	var nodes []*TreeNode
	var collect func(*TreeNode)
	collect = func(n *TreeNode) {
		if n != nil {
			nodes = append(nodes, n)
			collect(n.Left)
			collect(n.Right)
		}
	}
	collect(root)
	for _, n := range nodes {
		d := bruteHeight(n.Left) - bruteHeight(n.Right)
		if d < -1 || d > 1 {
			return false
		}
	}
	return true
}

// bruteHeight counts the nodes on the longest downward path from n.
func bruteHeight(n *TreeNode) int {
	if n == nil {
		return 0
	}
	h := 0
	for _, c := range []*TreeNode{n.Left, n.Right} {
		if x := bruteHeight(c); x > h {
			h = x
		}
	}
	return h + 1
}
