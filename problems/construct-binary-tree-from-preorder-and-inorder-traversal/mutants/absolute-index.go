//go:build ignore

package main

// Mutant: recurses on sub-slices but takes the root's position from a map of
// positions in the whole inorder listing, so inside a right subtree the left
// part's size is off by the subtree's offset.
func buildTree(preorder []int, inorder []int) *TreeNode {
	at := make(map[int]int, len(inorder))
	for i, v := range inorder {
		at[v] = i
	}
	var build func(pre, in []int) *TreeNode
	build = func(pre, in []int) *TreeNode {
		if len(pre) == 0 {
			return nil
		}
		mid := min(at[pre[0]], len(in)-1)
		return &TreeNode{
			Val:   pre[0],
			Left:  build(pre[1:mid+1], in[:mid]),
			Right: build(pre[mid+1:], in[mid+1:]),
		}
	}
	return build(preorder, inorder)
}
