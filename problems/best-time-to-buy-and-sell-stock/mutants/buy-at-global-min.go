//go:build ignore

package main

// Mutant: always buys on the day of the lowest price and sells at the highest
// price after it; the best trade may start from a higher, earlier low.
func maxProfit(prices []int) int {
	at := 0
	for i, p := range prices {
		if p < prices[at] {
			at = i
		}
	}
	best := 0
	for _, p := range prices[at:] {
		best = max(best, p-prices[at])
	}
	return best
}
