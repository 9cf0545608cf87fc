//go:build ignore

package main

// myPow is exponentiation by squaring. A negative exponent becomes a positive
// one on 1/x. Then the bits of n are read from the lowest: base holds
// x^(2^k) at bit k, and the bits that are set multiply their power into the
// result. Go's int is 64 bits, so negating -2^31 is safe.
func myPow(x float64, n int) float64 {
	if n < 0 {
		x, n = 1/x, -n
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
