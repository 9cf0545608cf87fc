//go:build ignore

package main

// Mutant: measures every pair of walls, O(n^2): 5·10^9 pairs at 10^5 walls.
// verdict: time_limit_exceeded
func maxArea(height []int) int {
	best := 0
	for i := range height {
		for j := i + 1; j < len(height); j++ {
			best = max(best, min(height[i], height[j])*(j-i))
		}
	}
	return best
}
