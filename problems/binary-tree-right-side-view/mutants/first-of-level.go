//go:build ignore

package main

// Mutant: a level-by-level scan that keeps the first node of each level
// instead of the last, i.e. the view from the left.
func rightSideView(root *TreeNode) []int {
	var view []int
	if root == nil {
		return view
	}
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		view = append(view, queue[0].Val)
		var next []*TreeNode
		for _, node := range queue {
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		queue = next
	}
	return view
}
