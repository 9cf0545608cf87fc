//go:build ignore

package main

func isNStraightHand(hand []int, groupSize int) bool {
	return false
}
