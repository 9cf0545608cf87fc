//go:build ignore

package main

func minEatingSpeed(piles []int, h int) int {
	return 0
}
