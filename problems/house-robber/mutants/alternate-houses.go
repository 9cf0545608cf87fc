//go:build ignore

package main

// Mutant: assumes the best plan robs every other house, taking the larger of
// the even-position and odd-position sums; skipping two houses in a row can
// be better.
func rob(nums []int) int {
	even, odd := 0, 0
	for i, v := range nums {
		if i%2 == 0 {
			even += v
		} else {
			odd += v
		}
	}
	return max(even, odd)
}
