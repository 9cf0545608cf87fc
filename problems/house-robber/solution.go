//go:build ignore

package main

// rob scans the houses keeping two totals: the best haul up to the previous
// house, and up to the one before it. Each house is either skipped (keep the
// first) or robbed (add it to the second).
func rob(nums []int) int {
	prev, cur := 0, 0 // best up to house i-2, best up to house i-1
	for _, v := range nums {
		prev, cur = cur, max(cur, prev+v)
	}
	return cur
}
