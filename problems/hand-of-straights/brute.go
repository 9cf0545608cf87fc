//go:build ignore

package main

// isNStraightHand searches exhaustively. It takes the first card left in
// the hand and tries every run of groupSize consecutive values containing
// it (the card first in the run, second, ...), removing the run's cards and
// recursing; any complete split answers true.
func isNStraightHand(hand []int, groupSize int) bool {
	if len(hand) == 0 {
		return true
	}
	card := hand[0]
	for first := card - groupSize + 1; first <= card; first++ {
		rest := append([]int(nil), hand...)
		ok := true
		for v := first; v < first+groupSize && ok; v++ {
			ok = false
			for i, c := range rest {
				if c == v {
					rest = append(rest[:i], rest[i+1:]...)
					ok = true
					break
				}
			}
		}
		if ok && isNStraightHand(rest, groupSize) {
			return true
		}
	}
	return false
}
