//go:build ignore

package main

// distanceK lists, for every node, the path of nodes from the root down to
// it. The distance between two nodes is the length of both paths minus
// twice their common prefix (the shared ancestors); every node whose
// distance to the target is k is reported.
func distanceK(root *TreeNode, target *TreeNode, k int) []int {
	var paths [][]*TreeNode
	var walk func(n *TreeNode, path []*TreeNode)
	walk = func(n *TreeNode, path []*TreeNode) {
		if n == nil {
			return
		}
		path = append(append([]*TreeNode(nil), path...), n)
		paths = append(paths, path)
		walk(n.Left, path)
		walk(n.Right, path)
	}
	walk(root, nil)
	var tp []*TreeNode
	for _, p := range paths {
		if p[len(p)-1] == target {
			tp = p
		}
	}
	out := []int{}
	for _, p := range paths {
		common := 0
		for common < len(p) && common < len(tp) && p[common] == tp[common] {
			common++
		}
		if len(p)+len(tp)-2*common == k {
			out = append(out, p[len(p)-1].Val)
		}
	}
	return out
}
