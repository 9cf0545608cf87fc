//go:build ignore

package main

// Mutant: closed-range binary search (lo <= hi, hi = k - 1 on success) that
// returns hi at the end, one below the smallest speed that works.
func minEatingSpeed(piles []int, h int) int {
	lo, hi := 1, 0
	for _, p := range piles {
		hi = max(hi, p)
	}
	for lo <= hi {
		k := (lo + hi) / 2
		hours := 0
		for _, p := range piles {
			hours += (p + k - 1) / k
		}
		if hours <= h {
			hi = k - 1
		} else {
			lo = k + 1
		}
	}
	return hi
}
