//go:build ignore

package main

// Mutant: starts the best sum at 0 and resets the running sum to 0 whenever
// it turns negative, which treats the empty run as an answer: an all-negative
// array gives 0 instead of its largest element.
func maxSubArray(nums []int) int {
	cur, best := 0, 0
	for _, v := range nums {
		cur += v
		if cur < 0 {
			cur = 0
		}
		best = max(best, cur)
	}
	return best
}
