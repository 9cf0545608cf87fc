//go:build ignore

package main

import "slices"

// Mutant: lets a building see over an equal one to its east (>= instead of
// >), so every building of a flat row gets a view.
// verdict: wrong_answer
func findBuildings(heights []int) []int {
	var view []int
	tallest := 0
	for i := len(heights) - 1; i >= 0; i-- {
		if heights[i] >= tallest {
			view = append(view, i)
			tallest = heights[i]
		}
	}
	slices.Reverse(view)
	return view
}
