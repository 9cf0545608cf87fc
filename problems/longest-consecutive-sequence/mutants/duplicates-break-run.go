//go:build ignore

package main

import "sort"

// Mutant: sorts and counts neighbours that differ by one, but a repeated
// value resets the count instead of being skipped.
func longestConsecutive(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	s := append([]int(nil), nums...)
	sort.Ints(s)
	best, cur := 1, 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1]+1 {
			cur++
		} else {
			cur = 1
		}
		best = max(best, cur)
	}
	return best
}
