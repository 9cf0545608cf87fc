//go:build ignore

package main

// Mutant: stops once the number has a single digit and calls it happy only
// if that digit is 1, but 7 is happy too (7 -> 49 -> 97 -> 130 -> 10 -> 1).
func isHappy(n int) bool {
	for n >= 10 {
		s := 0
		for v := n; v > 0; v /= 10 {
			s += (v % 10) * (v % 10)
		}
		n = s
	}
	return n == 1
}
