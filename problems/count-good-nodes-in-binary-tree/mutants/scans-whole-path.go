//go:build ignore

package main

// Mutant: carries the whole root-to-node path and scans it again at every
// node instead of carrying its maximum: O(n·h), quadratic on a deep chain.
// verdict: time_limit_exceeded
func goodNodes(root *TreeNode) int {
	var path []int
	var count func(node *TreeNode) int
	count = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		good := 1
		for _, v := range path {
			if v > node.Val {
				good = 0
				break
			}
		}
		path = append(path, node.Val)
		good += count(node.Left) + count(node.Right)
		path = path[:len(path)-1]
		return good
	}
	return count(root)
}
