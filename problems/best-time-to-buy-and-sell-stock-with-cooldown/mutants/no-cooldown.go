//go:build ignore

package main

// Mutant: ignores the cooldown and collects every rise from one day to the
// next, as if buying the day after a sale were allowed.
func maxProfit(prices []int) int {
	total := 0
	for i := 1; i < len(prices); i++ {
		if prices[i] > prices[i-1] {
			total += prices[i] - prices[i-1]
		}
	}
	return total
}
