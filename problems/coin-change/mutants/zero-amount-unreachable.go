//go:build ignore

package main

// Mutant: breadth-first search that only checks for zero after paying a
// coin, so an amount of 0 is reported as impossible.
func coinChange(coins []int, amount int) int {
	seen := make([]bool, amount+1)
	level := []int{amount}
	for steps := 1; len(level) > 0; steps++ {
		var next []int
		for _, rest := range level {
			for _, c := range coins {
				if c > rest {
					continue
				}
				if rest-c == 0 {
					return steps
				}
				if !seen[rest-c] {
					seen[rest-c] = true
					next = append(next, rest-c)
				}
			}
		}
		level = next
	}
	return -1
}
