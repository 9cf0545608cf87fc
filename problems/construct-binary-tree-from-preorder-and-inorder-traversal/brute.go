//go:build ignore

package main

// buildTree inserts the values in preorder into a search tree ordered by
// their positions in inorder, found by scanning: every node's ancestors
// come before it in preorder, and inorder positions say on which side of
// each ancestor it lies, so the insertions rebuild the original tree.
func buildTree(preorder []int, inorder []int) *TreeNode {
	pos := func(v int) int {
		for i, w := range inorder {
			if w == v {
				return i
			}
		}
		return -1
	}
	var root *TreeNode
	for _, v := range preorder {
		node := &TreeNode{Val: v}
		if root == nil {
			root = node
			continue
		}
		for cur := root; ; {
			if pos(v) < pos(cur.Val) {
				if cur.Left == nil {
					cur.Left = node
					break
				}
				cur = cur.Left
			} else {
				if cur.Right == nil {
					cur.Right = node
					break
				}
				cur = cur.Right
			}
		}
	}
	return root
}
