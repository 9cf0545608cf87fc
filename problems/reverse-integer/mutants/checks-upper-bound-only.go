//go:build ignore

package main

import "math"

// Mutant: guards against passing 2^31 - 1 but not against going below
// -2^31, so a negative input whose reversal overflows is returned as is.
func reverse(x int) int {
	rev := 0
	for x != 0 {
		d := x % 10
		x /= 10
		if rev > math.MaxInt32/10 || (rev == math.MaxInt32/10 && d > 7) {
			return 0
		}
		rev = rev*10 + d
	}
	return rev
}
