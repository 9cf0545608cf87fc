//go:build ignore

package main

// Mutant: for every column, scans the whole row again for the tallest bar on
// each side; correct but O(n^2).
// verdict: time_limit_exceeded
func trap(height []int) int {
	water := 0
	for i := range height {
		left, right := 0, 0
		for j := 0; j <= i; j++ {
			left = max(left, height[j])
		}
		for j := i; j < len(height); j++ {
			right = max(right, height[j])
		}
		water += min(left, right) - height[i]
	}
	return water
}
