//go:build ignore

package main

// Mutant: compares each building with every building east of it (stopping at
// the first blocker); on falling heights nothing blocks, so it does n^2/2
// comparisons.
// verdict: time_limit_exceeded
func findBuildings(heights []int) []int {
	view := []int{}
	for i := range heights {
		clear := true
		for j := i + 1; j < len(heights); j++ {
			if heights[j] >= heights[i] {
				clear = false
				break
			}
		}
		if clear {
			view = append(view, i)
		}
	}
	return view
}
