//go:build ignore

package main

// canCompleteCircuit drives once around from a candidate start. When the
// tank goes negative after station i, no station from the candidate to i can
// be the start, so the candidate moves to i+1. The candidate left at the end
// works exactly when the total fuel covers the total cost.
func canCompleteCircuit(gas []int, cost []int) int {
	total, tank, start := 0, 0, 0
	for i := range gas {
		diff := gas[i] - cost[i]
		total += diff
		tank += diff
		if tank < 0 {
			start, tank = i+1, 0
		}
	}
	if total < 0 {
		return -1
	}
	return start
}
