//go:build ignore

package main

import "math"

// closestValue collects every value by a full traversal, ignoring the
// search-tree order, and picks the closest, the smaller on a tie.
func closestValue(root *TreeNode, target float64) int {
	var vals []int
	var walk func(*TreeNode)
	walk = func(n *TreeNode) {
		if n != nil {
			vals = append(vals, n.Val)
			walk(n.Left)
			walk(n.Right)
		}
	}
	walk(root)
	best := vals[0]
	for _, v := range vals {
		d, bd := math.Abs(float64(v)-target), math.Abs(float64(best)-target)
		if d < bd || (d == bd && v < best) {
			best = v
		}
	}
	return best
}
