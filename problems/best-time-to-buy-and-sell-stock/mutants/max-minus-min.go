//go:build ignore

package main

// Mutant: returns the highest price minus the lowest price, ignoring that
// the sale has to come after the purchase.
func maxProfit(prices []int) int {
	lo, hi := prices[0], prices[0]
	for _, p := range prices {
		lo = min(lo, p)
		hi = max(hi, p)
	}
	return hi - lo
}
