//go:build ignore

package main

// maxProfit walks the days once, remembering the cheapest price so far; the
// best sale on each day is buying at that cheapest earlier price.
func maxProfit(prices []int) int {
	best := 0
	cheapest := prices[0]
	for _, p := range prices[1:] {
		best = max(best, p-cheapest)
		cheapest = min(cheapest, p)
	}
	return best
}
