//go:build ignore

package main

// Mutant: starts at the station with the largest surplus gas[i] - cost[i];
// a big surplus can still be followed by a stretch that drains the tank.
func canCompleteCircuit(gas []int, cost []int) int {
	total, best := 0, 0
	for i := range gas {
		total += gas[i] - cost[i]
		if gas[i]-cost[i] > gas[best]-cost[best] {
			best = i
		}
	}
	if total < 0 {
		return -1
	}
	return best
}
