//go:build ignore

package main

// Mutant: treats an amount of 0 as impossible, answering 0 instead of the
// single empty way.
func change(amount int, coins []int) int {
	if amount == 0 {
		return 0
	}
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}
