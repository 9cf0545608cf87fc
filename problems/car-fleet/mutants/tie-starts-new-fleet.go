//go:build ignore

package main

import "sort"

// Mutant: a car whose arrival time equals the fleet ahead's starts a new
// fleet, though catching up exactly at the target still merges them.
func carFleet(target int, position []int, speed []int) int {
	order := make([]int, len(position))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
	fleets := 0
	lead := -1.0
	for _, i := range order {
		t := float64(target-position[i]) / float64(speed[i])
		if t >= lead {
			fleets++
			lead = t
		}
	}
	return fleets
}
