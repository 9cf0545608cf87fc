//go:build ignore

package main

import "slices"

// isNStraightHand sorts the hand and lists its distinct values with their
// counts. The smallest value left can only start runs, so all c of its
// remaining copies open c runs at once, and each of the next groupSize-1
// values must exist and have at least c copies to give.
func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand)%groupSize != 0 {
		return false
	}
	sorted := slices.Clone(hand)
	slices.Sort(sorted)
	var vals, counts []int
	for _, v := range sorted {
		if len(vals) > 0 && vals[len(vals)-1] == v {
			counts[len(counts)-1]++
		} else {
			vals = append(vals, v)
			counts = append(counts, 1)
		}
	}
	for i, low := range vals {
		c := counts[i]
		if c == 0 {
			continue // every copy already sits in a run that started lower
		}
		for j := 1; j < groupSize; j++ {
			if i+j >= len(vals) || vals[i+j] != low+j || counts[i+j] < c {
				return false
			}
			counts[i+j] -= c
		}
	}
	return true
}
