//go:build ignore

package main

import "math"

// Mutant: replaces the best value only when a node is strictly closer, so on
// a tie it keeps whichever was met first on the path, not the smaller one.
//
// No time_limit_exceeded mutant: visiting all 10^4 nodes instead of one path
// costs microseconds, so the O(n) walk cannot fail at these limits.
func closestValue(root *TreeNode, target float64) int {
	best := root.Val
	for node := root; node != nil; {
		if math.Abs(float64(node.Val)-target) < math.Abs(float64(best)-target) {
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
