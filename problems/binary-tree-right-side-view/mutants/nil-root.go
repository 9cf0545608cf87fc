//go:build ignore

package main

// Mutant: keeps the last node of each level correctly, but seeds the queue
// with the root without checking for an empty tree.
func rightSideView(root *TreeNode) []int {
	var view []int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		view = append(view, queue[len(queue)-1].Val)
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
