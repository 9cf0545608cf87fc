//go:build ignore

package main

// levelOrder is a breadth-first search that drains the queue one level at a
// time: the nodes queued when a level starts are exactly that level.
func levelOrder(root *TreeNode) [][]int {
	var levels [][]int
	if root == nil {
		return levels
	}
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		level := make([]int, 0, len(queue))
		var next []*TreeNode
		for _, node := range queue {
			level = append(level, node.Val)
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		levels = append(levels, level)
		queue = next
	}
	return levels
}
