//go:build ignore

package main

// Mutant: decides for each car separately whether some car in front of it
// arrives no earlier, scanning all cars: correct, but quadratic.
// verdict: time_limit_exceeded
func carFleet(target int, position []int, speed []int) int {
	fleets := 0
	for i := range position {
		di := target - position[i]
		caught := false
		for j := range position {
			dj := target - position[j]
			if position[j] > position[i] && dj*speed[i] >= di*speed[j] {
				caught = true
			}
		}
		if !caught {
			fleets++
		}
	}
	return fleets
}
