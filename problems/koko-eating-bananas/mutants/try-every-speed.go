//go:build ignore

package main

// Mutant: tries speeds 1, 2, 3, ... until one fits: O(n · answer), up to
// 10^13 steps when the answer is 10^9.
// verdict: time_limit_exceeded
func minEatingSpeed(piles []int, h int) int {
	for k := 1; ; k++ {
		hours := 0
		for _, p := range piles {
			hours += (p + k - 1) / k
		}
		if hours <= h {
			return k
		}
	}
}
