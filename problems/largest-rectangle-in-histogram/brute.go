//go:build ignore

package main

// largestRectangleArea tries every span of bars i..j, keeping the lowest bar
// of the span as it grows to the right.
func largestRectangleArea(heights []int) int {
	best := 0
	for i := range heights {
		low := heights[i]
		for j := i; j < len(heights); j++ {
			if heights[j] < low {
				low = heights[j]
			}
			if area := low * (j - i + 1); area > best {
				best = area
			}
		}
	}
	return best
}
