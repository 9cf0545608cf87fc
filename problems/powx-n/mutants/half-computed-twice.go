//go:build ignore

package main

// Mutant: recursive halving that calls myPow(x, n/2) twice instead of once,
// so the call tree has about n leaves and the time is O(n) again.
// verdict: time_limit_exceeded
func myPow(x float64, n int) float64 {
	if n == 0 {
		return 1
	}
	if n < 0 {
		return 1 / myPow(x, -n)
	}
	if n%2 == 1 {
		return myPow(x, n/2) * myPow(x, n/2) * x
	}
	return myPow(x, n/2) * myPow(x, n/2)
}
