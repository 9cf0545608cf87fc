//go:build ignore

package main

// Mutant: walks the amounts downward, as in the 0/1 knapsack, so each coin
// value can be used at most once.
func change(amount int, coins []int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := amount; a >= c; a-- {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}
