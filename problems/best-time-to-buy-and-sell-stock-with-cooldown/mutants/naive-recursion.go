//go:build ignore

package main

// Mutant: recursion over "act or wait" on each day without memoization; every
// day branches twice, exponential in the number of days.
// verdict: time_limit_exceeded
func maxProfit(prices []int) int {
	var walk func(day int, holding bool) int
	walk = func(day int, holding bool) int {
		if day >= len(prices) {
			return 0
		}
		wait := walk(day+1, holding)
		if holding {
			return max(wait, prices[day]+walk(day+2, false))
		}
		return max(wait, walk(day+1, true)-prices[day])
	}
	return walk(0, false)
}
