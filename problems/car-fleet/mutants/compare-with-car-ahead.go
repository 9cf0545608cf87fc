//go:build ignore

package main

import "sort"

// Mutant: compares each car with the car directly in front of it instead of
// with the fleet ahead, so a car that merged with a slower fleet lowers the
// bar for the cars behind it.
func carFleet(target int, position []int, speed []int) int {
	order := make([]int, len(position))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
	fleets := 0
	prev := -1.0
	for _, i := range order {
		t := float64(target-position[i]) / float64(speed[i])
		if t > prev {
			fleets++
		}
		prev = t
	}
	return fleets
}
