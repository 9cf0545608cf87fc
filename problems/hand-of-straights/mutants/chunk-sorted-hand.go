//go:build ignore

package main

import "sort"

// Mutant: sorts the hand and cuts it into blocks of groupSize neighbours,
// but duplicates make a valid group's cards non-adjacent after sorting.
func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand)%groupSize != 0 {
		return false
	}
	sorted := append([]int(nil), hand...)
	sort.Ints(sorted)
	for i := 0; i < len(sorted); i += groupSize {
		for j := i + 1; j < i+groupSize; j++ {
			if sorted[j] != sorted[j-1]+1 {
				return false
			}
		}
	}
	return true
}
