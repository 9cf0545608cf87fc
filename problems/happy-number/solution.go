//go:build ignore

package main

// isHappy walks the digit-square sequence with two walkers, one step and
// two steps at a time (Floyd's cycle detection). The sequence must end in a
// cycle (1 -> 1 is one), so the walkers meet; n is happy when they meet at 1.
func isHappy(n int) bool {
	next := func(v int) int {
		s := 0
		for ; v > 0; v /= 10 {
			d := v % 10
			s += d * d
		}
		return s
	}
	slow, fast := n, next(n)
	for slow != fast {
		slow = next(slow)
		fast = next(next(fast))
	}
	return slow == 1
}
