//go:build ignore

package main

// Mutant: moves the taller wall inward instead of the shorter one, so the
// short wall that limits the tank stays and good pairs are skipped.
func maxArea(height []int) int {
	best := 0
	lo, hi := 0, len(height)-1
	for lo < hi {
		best = max(best, min(height[lo], height[hi])*(hi-lo))
		if height[lo] > height[hi] {
			lo++
		} else {
			hi--
		}
	}
	return best
}
