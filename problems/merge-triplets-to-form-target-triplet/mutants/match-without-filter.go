//go:build ignore

package main

// Mutant: credits a target coordinate to any triplet that matches it, even a
// triplet that overshoots the target in another coordinate and so can never
// be merged in.
func mergeTriplets(triplets [][]int, target []int) bool {
	var found [3]bool
	for _, t := range triplets {
		for k := range found {
			if t[k] == target[k] {
				found[k] = true
			}
		}
	}
	return found[0] && found[1] && found[2]
}
