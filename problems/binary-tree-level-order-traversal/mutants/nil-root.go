//go:build ignore

package main

// Mutant: seeds the queue with the root without checking for an empty tree,
// so a nil root is dereferenced.
func levelOrder(root *TreeNode) [][]int {
	var levels [][]int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		size := len(queue)
		var level []int
		for i := 0; i < size; i++ {
			node := queue[0]
			queue = queue[1:]
			level = append(level, node.Val)
			if node.Left != nil {
				queue = append(queue, node.Left)
			}
			if node.Right != nil {
				queue = append(queue, node.Right)
			}
		}
		levels = append(levels, level)
	}
	return levels
}
