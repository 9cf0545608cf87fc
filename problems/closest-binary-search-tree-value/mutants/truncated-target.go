//go:build ignore

package main

// Mutant: converts the target to an int first, which truncates toward zero:
// with 3 and 4 in the tree, 3.6 is taken as 3 and the answer is 3, not 4.
func closestValue(root *TreeNode, target float64) int {
	t := int(target)
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
		return x
	}
	best := root.Val
	for node := root; node != nil; {
		if d, bd := abs(node.Val-t), abs(best-t); d < bd || (d == bd && node.Val < best) {
			best = node.Val
		}
		if t < node.Val {
			node = node.Left
		} else {
			node = node.Right
		}
	}
	return best
}
