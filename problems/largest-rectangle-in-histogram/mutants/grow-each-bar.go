//go:build ignore

package main

// Mutant: grows a rectangle outward from every bar until a lower bar stops
// it; correct, but quadratic when many bars share a height.
// verdict: time_limit_exceeded
func largestRectangleArea(heights []int) int {
	best := 0
	for i, h := range heights {
		l, r := i, i
		for l > 0 && heights[l-1] >= h {
			l--
		}
		for r < len(heights)-1 && heights[r+1] >= h {
			r++
		}
		best = max(best, h*(r-l+1))
	}
	return best
}
