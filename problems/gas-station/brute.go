//go:build ignore

package main

// canCompleteCircuit tries every station as the start and drives the whole
// loop from it, giving up as soon as the tank would go negative.
func canCompleteCircuit(gas []int, cost []int) int {
	n := len(gas)
	for s := 0; s < n; s++ {
		tank, ok := 0, true
		for k := 0; k < n && ok; k++ {
			i := (s + k) % n
			tank += gas[i] - cost[i]
			ok = tank >= 0
		}
		if ok {
			return s
		}
	}
	return -1
}
