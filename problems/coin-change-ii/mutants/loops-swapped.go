//go:build ignore

package main

// Mutant: runs over the amounts outside and the coins inside, which counts
// orderings: 1+2 and 2+1 are counted as two ways.
func change(amount int, coins []int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for a := 1; a <= amount; a++ {
		for _, c := range coins {
			if c <= a {
				ways[a] += ways[a-c]
			}
		}
	}
	return ways[amount]
}
