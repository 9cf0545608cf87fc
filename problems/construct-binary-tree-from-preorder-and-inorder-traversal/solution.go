//go:build ignore

package main

// buildTree takes roots from preorder in order: the first value is the root,
// then the whole left subtree, then the right one. The root's position in
// inorder splits the remaining values into the left and the right subtree.
// A map finds that position in O(1), and recursing on inorder ranges, left
// first, consumes preorder exactly in step.
func buildTree(preorder []int, inorder []int) *TreeNode {
	at := make(map[int]int, len(inorder))
	for i, v := range inorder {
		at[v] = i
	}
	next := 0 // the next root to take from preorder
	// build makes the tree whose inorder listing is inorder[lo:hi].
	var build func(lo, hi int) *TreeNode
	build = func(lo, hi int) *TreeNode {
		if lo == hi {
			return nil
		}
		node := &TreeNode{Val: preorder[next]}
		next++
		mid := at[node.Val]
		node.Left = build(lo, mid)
		node.Right = build(mid+1, hi)
		return node
	}
	return build(0, len(inorder))
}
