//go:build ignore

package main

// Mutant: takes the tallest bar strictly left and strictly right of each
// column, leaving out the column itself, so a column taller than both sides
// adds negative water.
func trap(height []int) int {
	n := len(height)
	left := make([]int, n)
	right := make([]int, n)
	for i := 1; i < n; i++ {
		left[i] = max(left[i-1], height[i-1])
	}
	for i := n - 2; i >= 0; i-- {
		right[i] = max(right[i+1], height[i+1])
	}
	water := 0
	for i := range height {
		water += min(left[i], right[i]) - height[i]
	}
	return water
}
