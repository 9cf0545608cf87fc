//go:build ignore

package main

// Mutant: tries every buy day against every later sell day. Correct, but
// O(n^2) = 5*10^9 comparisons at n = 10^5.
// verdict: time_limit_exceeded
func maxProfit(prices []int) int {
	best := 0
	for i := range prices {
		for j := i + 1; j < len(prices); j++ {
			if prices[j]-prices[i] > best {
				best = prices[j] - prices[i]
			}
		}
	}
	return best
}
