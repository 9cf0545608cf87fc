//go:build ignore

package main

// Mutant: starts the answer at 0 instead of the first element, so when every
// run has a negative product it still answers 0.
func maxProduct(nums []int) int {
	hi, lo, best := 1, 1, 0
	for _, v := range nums {
		a, b := hi*v, lo*v
		hi = max(v, a, b)
		lo = min(v, a, b)
		best = max(best, hi)
	}
	return best
}
