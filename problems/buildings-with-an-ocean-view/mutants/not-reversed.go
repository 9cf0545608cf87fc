//go:build ignore

package main

// Mutant: scans from the ocean but forgets to reverse, so the indices come
// out in decreasing order.
// verdict: wrong_answer
func findBuildings(heights []int) []int {
	var view []int
	tallest := 0
	for i := len(heights) - 1; i >= 0; i-- {
		if heights[i] > tallest {
			view = append(view, i)
			tallest = heights[i]
		}
	}
	return view
}
