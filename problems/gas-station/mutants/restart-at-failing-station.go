//go:build ignore

package main

// Mutant: after running dry leaving station i it restarts at i itself
// instead of i+1, although i was just shown to be a bad start.
func canCompleteCircuit(gas []int, cost []int) int {
	total, tank, start := 0, 0, 0
	for i := range gas {
		diff := gas[i] - cost[i]
		total += diff
		tank += diff
		if tank < 0 {
			start, tank = i, 0
		}
	}
	if total < 0 {
		return -1
	}
	return start
}
