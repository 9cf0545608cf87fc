//go:build ignore

package main

// Mutant: a table over the buy day whose profit before a purchase on day b
// comes from the days before b-2 instead of before b-1, so a sale blocks two
// days rather than one.
func maxProfit(prices []int) int {
	n := len(prices)
	best := make([]int, n+1) // best[k]: best profit using days 0..k-1
	before := func(k int) int {
		if k <= 0 {
			return 0
		}
		return best[k]
	}
	for s := 0; s < n; s++ {
		best[s+1] = best[s]
		for b := 0; b < s; b++ {
			best[s+1] = max(best[s+1], before(b-2)+prices[s]-prices[b])
		}
	}
	return best[n]
}
