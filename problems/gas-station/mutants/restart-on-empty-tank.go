//go:build ignore

package main

// Mutant: moves the start on when the tank is merely empty (<= 0) rather
// than negative; an exactly empty arrival is fine, and after the last
// station the start can move past the end of the road.
func canCompleteCircuit(gas []int, cost []int) int {
	total, tank, start := 0, 0, 0
	for i := range gas {
		diff := gas[i] - cost[i]
		total += diff
		tank += diff
		if tank <= 0 {
			start, tank = i+1, 0
		}
	}
	if total < 0 {
		return -1
	}
	return start
}
