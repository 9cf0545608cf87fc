//go:build ignore

package main

// Mutant: recursive halving that tests oddness with n%2 == 1; in Go -3 % 2 is
// -1, so a negative odd exponent loses its extra factor of 1/x, and every
// negative power collapses to 1.
func myPow(x float64, n int) float64 {
	if n == 0 {
		return 1
	}
	half := myPow(x, n/2)
	if n%2 == 1 {
		return half * half * x
	}
	return half * half
}
