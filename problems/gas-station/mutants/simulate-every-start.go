//go:build ignore

package main

// Mutant: simulates the lap from every station in turn; correct, but when
// each attempt drives far before failing it takes O(n^2) time.
// verdict: time_limit_exceeded
func canCompleteCircuit(gas []int, cost []int) int {
	n := len(gas)
	for s := 0; s < n; s++ {
		tank, k := 0, 0
		for ; k < n; k++ {
			i := (s + k) % n
			tank += gas[i] - cost[i]
			if tank < 0 {
				break
			}
		}
		if k == n {
			return s
		}
	}
	return -1
}
