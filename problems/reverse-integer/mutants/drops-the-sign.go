//go:build ignore

package main

import "math"

// Mutant: makes x positive before reversing and never puts the minus sign
// back, so every negative input comes out positive.
func reverse(x int) int {
	if x < 0 {
		x = -x
	}
	rev := 0
	for x != 0 {
		rev = rev*10 + x%10
		x /= 10
	}
	if rev > math.MaxInt32 {
		return 0
	}
	return rev
}
