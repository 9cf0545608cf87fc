//go:build ignore

package main

// Mutant: merges every triplet, including ones that overshoot the target,
// so a single bad triplet spoils an otherwise reachable target.
func mergeTriplets(triplets [][]int, target []int) bool {
	var m [3]int
	for _, t := range triplets {
		for k := range m {
			m[k] = max(m[k], t[k])
		}
	}
	return m[0] == target[0] && m[1] == target[1] && m[2] == target[2]
}
