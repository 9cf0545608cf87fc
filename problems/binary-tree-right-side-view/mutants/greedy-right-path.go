//go:build ignore

package main

// Mutant: follows a single path, going right when it can and left otherwise;
// a deeper level reached only through another branch is never seen.
func rightSideView(root *TreeNode) []int {
	var view []int
	for node := root; node != nil; {
		view = append(view, node.Val)
		if node.Right != nil {
			node = node.Right
		} else {
			node = node.Left
		}
	}
	return view
}
