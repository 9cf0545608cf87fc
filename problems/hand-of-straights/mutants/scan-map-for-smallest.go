//go:build ignore

package main

// Mutant: finds the smallest card left by scanning the whole count map
// before every group; with many small groups that is O(n^2).
// verdict: time_limit_exceeded
func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand)%groupSize != 0 {
		return false
	}
	count := map[int]int{}
	for _, card := range hand {
		count[card]++
	}
	for len(count) > 0 {
		low, first := 0, true
		for v := range count {
			if first || v < low {
				low, first = v, false
			}
		}
		for v := low; v < low+groupSize; v++ {
			if count[v] == 0 {
				return false
			}
			count[v]--
			if count[v] == 0 {
				delete(count, v)
			}
		}
	}
	return true
}
