//go:build ignore

package main

// Mutant: recursion that either spends one more of the current coin or moves
// on to the next value, without memoization; it visits every way one by one
// and every dead end, exponential in the amount.
// verdict: time_limit_exceeded
func change(amount int, coins []int) int {
	var count func(i, left int) int
	count = func(i, left int) int {
		if left == 0 {
			return 1
		}
		if left < 0 || i == len(coins) {
			return 0
		}
		return count(i, left-coins[i]) + count(i+1, left)
	}
	return count(0, amount)
}
