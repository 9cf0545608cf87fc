//go:build ignore

package main

// maxArea starts with the widest pair and moves the shorter wall inward: the
// shorter wall cannot hold more with any closer partner, so it is done.
func maxArea(height []int) int {
	best := 0
	lo, hi := 0, len(height)-1
	for lo < hi {
		w := hi - lo
		if height[lo] < height[hi] {
			best = max(best, height[lo]*w)
			lo++
		} else {
			best = max(best, height[hi]*w)
			hi--
		}
	}
	return best
}
