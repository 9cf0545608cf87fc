//go:build ignore

package main

// Mutant: drops the sign of a negative exponent and returns x^|n| instead of
// its reciprocal.
func myPow(x float64, n int) float64 {
	if n < 0 {
		n = -n
	}
	result, base := 1.0, x
	for n > 0 {
		if n&1 == 1 {
			result *= base
		}
		base *= base
		n >>= 1
	}
	return result
}
