//go:build ignore

package main

// Mutant: Kadane's algorithm carried over from sums, tracking only the
// largest product ending here; a very negative product that a later
// negative value would flip is thrown away.
func maxProduct(nums []int) int {
	cur, best := nums[0], nums[0]
	for _, v := range nums[1:] {
		cur = max(v, cur*v)
		best = max(best, cur)
	}
	return best
}
