//go:build ignore

package main

// Mutant: counts the walls from lo to hi as the width (hi - lo + 1) instead
// of the distance between them (hi - lo).
func maxArea(height []int) int {
	best := 0
	lo, hi := 0, len(height)-1
	for lo < hi {
		best = max(best, min(height[lo], height[hi])*(hi-lo+1))
		if height[lo] < height[hi] {
			lo++
		} else {
			hi--
		}
	}
	return best
}
