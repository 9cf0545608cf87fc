//go:build ignore

package main

// isValidBST passes down the open interval each node's value must fall in:
// going left narrows the upper end to the parent's value, going right the
// lower end. Bounds are pointers to the ancestors so that no sentinel value
// can collide with a real one.
func isValidBST(root *TreeNode) bool {
	var check func(node, lo, hi *TreeNode) bool
	check = func(node, lo, hi *TreeNode) bool {
		if node == nil {
			return true
		}
		if (lo != nil && node.Val <= lo.Val) || (hi != nil && node.Val >= hi.Val) {
			return false
		}
		return check(node.Left, lo, node) && check(node.Right, node, hi)
	}
	return check(root, nil, nil)
}
