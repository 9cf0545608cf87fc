//go:build ignore

package main

// Mutant: keeps one running maximum for the whole walk instead of one per
// path, so a large value in one branch spoils nodes in a sibling branch.
func goodNodes(root *TreeNode) int {
	best, good := root.Val, 0
	var walk func(node *TreeNode)
	walk = func(node *TreeNode) {
		if node == nil {
			return
		}
		if node.Val >= best {
			good++
			best = node.Val
		}
		walk(node.Left)
		walk(node.Right)
	}
	walk(root)
	return good
}
