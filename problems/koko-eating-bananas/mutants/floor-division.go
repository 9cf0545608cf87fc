//go:build ignore

package main

// Mutant: counts pile/k hours per pile, rounding down, as if Koko could
// move on to the next pile within the same hour.
func minEatingSpeed(piles []int, h int) int {
	lo, hi := 1, 1
	for _, p := range piles {
		hi = max(hi, p)
	}
	for lo < hi {
		k := (lo + hi) / 2
		hours := 0
		for _, p := range piles {
			hours += p / k
		}
		if hours <= h {
			hi = k
		} else {
			lo = k + 1
		}
	}
	return lo
}
