//go:build ignore

package main

// Mutant: searches for the target and returns the node where the search
// ends, assuming the closest value sits at the bottom of the path; an
// ancestor higher up is often closer.
func closestValue(root *TreeNode, target float64) int {
	node := root
	for {
		next := node.Right
		if target < float64(node.Val) {
			next = node.Left
		}
		if next == nil || float64(node.Val) == target {
			return node.Val
		}
		node = next
	}
}
