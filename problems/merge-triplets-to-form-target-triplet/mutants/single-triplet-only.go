//go:build ignore

package main

// Mutant: looks for one triplet equal to the target and never considers
// merging several, which is the whole point of the operation.
func mergeTriplets(triplets [][]int, target []int) bool {
	for _, t := range triplets {
		if t[0] == target[0] && t[1] == target[1] && t[2] == target[2] {
			return true
		}
	}
	return false
}
