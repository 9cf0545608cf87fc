//go:build ignore

package main

import "math"

// reverse moves the last digit of x onto the end of rev until x is used up.
// Go's % and / truncate toward zero, so for a negative x every digit comes
// out negative and rev stays negative: no sign handling is needed. Before
// each step rev is compared with the 32-bit limits divided by 10, so the
// result never leaves 32 bits.
func reverse(x int) int {
	rev := 0
	for x != 0 {
		d := x % 10
		x /= 10
		if rev > math.MaxInt32/10 || (rev == math.MaxInt32/10 && d > math.MaxInt32%10) {
			return 0
		}
		if rev < math.MinInt32/10 || (rev == math.MinInt32/10 && d < math.MinInt32%10) {
			return 0
		}
		rev = rev*10 + d
	}
	return rev
}
