//go:build ignore

package main

// Mutant: opens runs from the cards in the order they were dealt instead of
// from the smallest, so a run can start from a card that belongs in the
// middle of another.
func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand)%groupSize != 0 {
		return false
	}
	count := map[int]int{}
	for _, card := range hand {
		count[card]++
	}
	for _, low := range hand {
		if count[low] == 0 {
			continue
		}
		for v := low; v < low+groupSize; v++ {
			if count[v] == 0 {
				return false
			}
			count[v]--
		}
	}
	return true
}
