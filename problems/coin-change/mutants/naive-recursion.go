//go:build ignore

package main

// Mutant: tries every last coin recursively without remembering results;
// the same sub-amounts are solved an exponential number of times.
// verdict: time_limit_exceeded
func coinChange(coins []int, amount int) int {
	if amount == 0 {
		return 0
	}
	best := -1
	for _, c := range coins {
		if c > amount {
			continue
		}
		if sub := coinChange(coins, amount-c); sub >= 0 && (best < 0 || sub+1 < best) {
			best = sub + 1
		}
	}
	return best
}
