//go:build ignore

package main

import "sort"

// Mutant: computes arrival times with integer division, so two cars whose
// real times differ by less than an hour look tied and are merged.
func carFleet(target int, position []int, speed []int) int {
	order := make([]int, len(position))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
	fleets, lead := 0, -1
	for _, i := range order {
		t := (target - position[i]) / speed[i]
		if t > lead {
			fleets++
			lead = t
		}
	}
	return fleets
}
