//go:build ignore

package main

// rightSideView walks the tree depth first, right child before left, so the
// first node reached at each depth is the rightmost one on that level.
func rightSideView(root *TreeNode) []int {
	var view []int
	var walk func(node *TreeNode, depth int)
	walk = func(node *TreeNode, depth int) {
		if node == nil {
			return
		}
		if depth == len(view) {
			view = append(view, node.Val)
		}
		walk(node.Right, depth+1)
		walk(node.Left, depth+1)
	}
	walk(root, 0)
	return view
}
