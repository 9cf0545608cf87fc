//go:build ignore

package main

import "strconv"

// isHappy follows the sequence, squaring the digits of each number's
// decimal text, and remembers every value in a set until it reaches 1 or a
// value it has seen before.
func isHappy(n int) bool {
	seen := map[int]bool{}
	for n != 1 && !seen[n] {
		seen[n] = true
		s := 0
		for _, c := range strconv.Itoa(n) {
			d := int(c - '0')
			s += d * d
		}
		n = s
	}
	return n == 1
}
