//go:build ignore

package main

// maxProduct keeps, for the runs ending at the current element, both the
// largest and the smallest product: multiplying by a negative value swaps
// their roles, and a zero resets both to the element itself.
func maxProduct(nums []int) int {
	hi, lo := nums[0], nums[0] // extremes of products of runs ending here
	best := nums[0]
	for _, v := range nums[1:] {
		a, b := hi*v, lo*v
		hi = max(v, a, b)
		lo = min(v, a, b)
		best = max(best, hi)
	}
	return best
}
