//go:build ignore

package main

import "math"

// closestValue follows the search path of target from the root. Any value
// off that path lies beyond some node of the path, on the far side from the
// target, so the path holds the answer. Ties go to the smaller value.
func closestValue(root *TreeNode, target float64) int {
	best := root.Val
	for node := root; node != nil; {
		d, bd := math.Abs(float64(node.Val)-target), math.Abs(float64(best)-target)
		if d < bd || (d == bd && node.Val < best) {
			best = node.Val
		}
		if target < float64(node.Val) {
			node = node.Left
		} else {
			node = node.Right
		}
	}
	return best
}
