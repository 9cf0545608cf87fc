//go:build ignore

package main

import "sort"

// Mutant: greedy, taking as many of the largest coin as fit, then the next;
// optimal for everyday currencies, wrong for coins like 1, 3, 4.
func coinChange(coins []int, amount int) int {
	sort.Sort(sort.Reverse(sort.IntSlice(coins)))
	count := 0
	for _, c := range coins {
		count += amount / c
		amount %= c
	}
	if amount != 0 {
		return -1
	}
	return count
}
