//go:build ignore

package main

// Mutant: takes roots from preorder in order but builds the right subtree
// before the left one, so the right subtree consumes the left subtree's
// values.
func buildTree(preorder []int, inorder []int) *TreeNode {
	at := make(map[int]int, len(inorder))
	for i, v := range inorder {
		at[v] = i
	}
	next := 0
	var build func(lo, hi int) *TreeNode
	build = func(lo, hi int) *TreeNode {
		if lo >= hi || next >= len(preorder) {
			return nil
		}
		node := &TreeNode{Val: preorder[next]}
		next++
		mid := at[node.Val]
		node.Right = build(mid+1, hi)
		node.Left = build(lo, mid)
		return node
	}
	return build(0, len(inorder))
}
