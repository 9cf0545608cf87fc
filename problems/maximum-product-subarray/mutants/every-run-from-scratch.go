//go:build ignore

package main

// Mutant: tries every run and multiplies each one out from scratch, O(n^3):
// about 10^12 multiplications at 2·10^4 elements.
// verdict: time_limit_exceeded
func maxProduct(nums []int) int {
	best := nums[0]
	for i := range nums {
		for j := i; j < len(nums); j++ {
			p := 1
			for k := i; k <= j; k++ {
				p *= nums[k]
			}
			best = max(best, p)
		}
	}
	return best
}
