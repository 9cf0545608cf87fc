//go:build ignore

package main

// Mutant: never compares total fuel with total cost, so it names the last
// candidate start even when no lap is possible.
func canCompleteCircuit(gas []int, cost []int) int {
	tank, start := 0, 0
	for i := range gas {
		tank += gas[i] - cost[i]
		if tank < 0 {
			start, tank = i+1, 0
		}
	}
	if start == len(gas) {
		return -1
	}
	return start
}
