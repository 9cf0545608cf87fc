//go:build ignore

package main

// coinChange fills best[a], the fewest coins that pay a, for a from 1 to
// amount: the last coin paid is some c <= a, so best[a] = best[a-c] + 1 at
// its smallest. amount+1 coins is more than any real answer and marks
// sums that cannot be paid.
func coinChange(coins []int, amount int) int {
	unreachable := amount + 1
	best := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = unreachable
		for _, c := range coins {
			if c <= a && best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
			}
		}
	}
	if best[amount] == unreachable {
		return -1
	}
	return best[amount]
}
