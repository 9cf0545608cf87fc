//go:build ignore

package main

// mergeTriplets ignores every triplet that exceeds the target somewhere (it
// could never be merged in) and records which target coordinates the
// others match exactly; merging all of them reaches the target if all three
// are matched.
func mergeTriplets(triplets [][]int, target []int) bool {
	var found [3]bool
	for _, t := range triplets {
		if t[0] > target[0] || t[1] > target[1] || t[2] > target[2] {
			continue
		}
		for k := range found {
			if t[k] == target[k] {
				found[k] = true
			}
		}
	}
	return found[0] && found[1] && found[2]
}
