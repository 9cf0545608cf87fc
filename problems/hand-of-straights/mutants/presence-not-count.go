//go:build ignore

package main

import "sort"

// Mutant: opens all copies of the smallest value at once but only checks
// that each following value is present, not that it has enough copies.
func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand)%groupSize != 0 {
		return false
	}
	count := map[int]int{}
	for _, card := range hand {
		count[card]++
	}
	keys := make([]int, 0, len(count))
	for v := range count {
		keys = append(keys, v)
	}
	sort.Ints(keys)
	for _, low := range keys {
		c := count[low]
		if c <= 0 {
			continue
		}
		for v := low + 1; v < low+groupSize; v++ {
			if count[v] == 0 {
				return false
			}
			count[v] -= c
		}
	}
	return true
}
