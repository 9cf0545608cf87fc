//go:build ignore

package main

// Mutant: one left-to-right pass that banks water only when a bar at least
// as tall as the running maximum closes the pool, so every pool to the right
// of the tallest bar is lost.
func trap(height []int) int {
	water, pending, leftMax := 0, 0, 0
	for _, v := range height {
		if v >= leftMax {
			water += pending
			pending = 0
			leftMax = v
		} else {
			pending += leftMax - v
		}
	}
	return water
}
