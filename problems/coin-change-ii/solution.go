//go:build ignore

package main

// change counts the ways with one table over the amounts, adding one coin
// value at a time. Once a value has been processed, ways[a] counts the ways
// to pay a with the values seen so far; because the values are taken in a
// fixed order, every collection of coins is counted exactly once. Walking
// the amounts upward lets a value be used again.
func change(amount int, coins []int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}
