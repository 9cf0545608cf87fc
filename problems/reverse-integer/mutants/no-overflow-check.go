//go:build ignore

package main

// Mutant: never checks the 32-bit range; Go's 64-bit int holds the
// reversed value, so an overflowing reversal is returned instead of 0.
func reverse(x int) int {
	rev := 0
	for x != 0 {
		rev = rev*10 + x%10
		x /= 10
	}
	return rev
}
