//go:build ignore

package main

// Mutant: starts both walkers on n and tests slow != fast before their
// first move, so the loop never runs and only n = 1 counts as happy.
func isHappy(n int) bool {
	next := func(v int) int {
		s := 0
		for ; v > 0; v /= 10 {
			s += (v % 10) * (v % 10)
		}
		return s
	}
	slow, fast := n, n
	for slow != fast {
		slow = next(slow)
		fast = next(next(fast))
	}
	return slow == 1
}
