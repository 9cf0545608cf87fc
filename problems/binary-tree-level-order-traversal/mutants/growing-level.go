//go:build ignore

package main

// Mutant: the inner loop tests len(queue) on every step instead of the size
// the level had when it started, so children join their parents' level.
func levelOrder(root *TreeNode) [][]int {
	var levels [][]int
	if root == nil {
		return levels
	}
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		var level []int
		for i := 0; i < len(queue); i++ {
			node := queue[i]
			level = append(level, node.Val)
			if node.Left != nil {
				queue = append(queue, node.Left)
			}
			if node.Right != nil {
				queue = append(queue, node.Right)
			}
		}
		levels = append(levels, level)
		queue = queue[len(level):]
	}
	return levels
}
