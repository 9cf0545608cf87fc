//go:build ignore

package main

// Mutant: multiplies x into the result |n| times; right, but O(n), about
// 2*10^9 multiplications when n is near 2^31.
// verdict: time_limit_exceeded
func myPow(x float64, n int) float64 {
	if n < 0 {
		x, n = 1/x, -n
	}
	result := 1.0
	for range n {
		result *= x
	}
	return result
}
