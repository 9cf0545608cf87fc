//go:build ignore

package main

import "math"

// Mutant: uses math.MaxInt as "unreachable"; adding one coin to it wraps
// around to a huge negative count that then wins every minimum.
func coinChange(coins []int, amount int) int {
	best := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = math.MaxInt
		for _, c := range coins {
			if c <= a {
				best[a] = min(best[a], best[a-c]+1)
			}
		}
	}
	if best[amount] == math.MaxInt {
		return -1
	}
	return best[amount]
}
