//go:build ignore

package main

import "slices"

// findBuildings walks from the ocean inland, remembering the tallest building
// seen so far: a building sees the ocean exactly when it is taller than all of
// them. The indices come out from east to west and are reversed at the end.
func findBuildings(heights []int) []int {
	var view []int
	tallest := 0 // heights are at least 1
	for i := len(heights) - 1; i >= 0; i-- {
		if heights[i] > tallest {
			view = append(view, i)
			tallest = heights[i]
		}
	}
	slices.Reverse(view)
	return view
}
