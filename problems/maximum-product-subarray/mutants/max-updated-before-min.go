//go:build ignore

package main

// Mutant: updates the largest product first and then computes the smallest
// one from the new value instead of the old, so the two extremes mix steps.
func maxProduct(nums []int) int {
	hi, lo, best := nums[0], nums[0], nums[0]
	for _, v := range nums[1:] {
		hi = max(v, hi*v, lo*v)
		lo = min(v, hi*v, lo*v)
		best = max(best, hi)
	}
	return best
}
