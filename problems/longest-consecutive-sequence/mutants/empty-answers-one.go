//go:build ignore

package main

import "sort"

// Mutant: starts the best length at 1 without checking for an empty list,
// so [] answers 1 instead of 0.
func longestConsecutive(nums []int) int {
	s := append([]int(nil), nums...)
	sort.Ints(s)
	best, cur := 1, 1
	for i := 1; i < len(s); i++ {
		switch s[i] - s[i-1] {
		case 0:
		case 1:
			cur++
		default:
			cur = 1
		}
		best = max(best, cur)
	}
	return best
}
