//go:build ignore

package main

// Mutant: assumes a search tree and splits each preorder run by value,
// smaller values to the left, ignoring what inorder says.
func buildTree(preorder []int, inorder []int) *TreeNode {
	if len(preorder) == 0 {
		return nil
	}
	root := &TreeNode{Val: preorder[0]}
	split := 1
	for split < len(preorder) && preorder[split] < root.Val {
		split++
	}
	root.Left = buildTree(preorder[1:split], nil)
	root.Right = buildTree(preorder[split:], nil)
	return root
}
