//go:build ignore

package main

// trap moves two pointers inward, each carrying the tallest bar seen on its
// side. The side with the lower maximum knows its water level already: the
// other side is guaranteed to have a bar at least that tall.
func trap(height []int) int {
	lo, hi := 0, len(height)-1
	leftMax, rightMax := 0, 0
	water := 0
	for lo <= hi {
		leftMax = max(leftMax, height[lo])
		rightMax = max(rightMax, height[hi])
		if leftMax <= rightMax {
			water += leftMax - height[lo]
			lo++
		} else {
			water += rightMax - height[hi]
			hi--
		}
	}
	return water
}
