//go:build ignore

package main

// change tries every number of copies of each coin value in turn, from none
// up to as many as fit, and counts the choices that pay the amount exactly.
func change(amount int, coins []int) int {
	var count func(k, left int) int
	count = func(k, left int) int {
		if k == len(coins) {
			if left == 0 {
				return 1
			}
			return 0
		}
		total := 0
		for copies := 0; copies*coins[k] <= left; copies++ {
			total += count(k+1, left-copies*coins[k])
		}
		return total
	}
	return count(0, amount)
}
