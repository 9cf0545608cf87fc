//go:build ignore

package main

import "math"

// Mutant: forces a trade: starts the best profit at the smallest integer and
// never compares with "no trade", so falling prices give a loss (and a
// single day gives math.MinInt).
func maxProfit(prices []int) int {
	best := math.MinInt
	cheapest := prices[0]
	for _, p := range prices[1:] {
		best = max(best, p-cheapest)
		cheapest = min(cheapest, p)
	}
	return best
}
