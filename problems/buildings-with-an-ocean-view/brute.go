//go:build ignore

package main

// findBuildings checks every building against every building east of it.
func findBuildings(heights []int) []int {
	view := []int{}
	for i := range heights {
		clear := true
		for j := i + 1; j < len(heights); j++ {
			if heights[j] >= heights[i] {
				clear = false
			}
		}
		if clear {
			view = append(view, i)
		}
	}
	return view
}
