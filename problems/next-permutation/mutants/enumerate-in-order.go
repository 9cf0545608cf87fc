//go:build ignore

package main

import "sort"

// Mutant: lists the distinct arrangements in lexicographic order by
// backtracking over the sorted values and stops at the one after the input
// (or wraps to the first). Correct, but it can walk through up to n!
// arrangements before reaching the input.
// verdict: time_limit_exceeded
func nextPermutation(nums []int) {
	vals := append([]int(nil), nums...)
	sort.Ints(vals)
	used := make([]bool, len(vals))
	cur := make([]int, 0, len(vals))
	var first, next []int
	found := false
	var walk func() bool
	walk = func() bool {
		if len(cur) == len(vals) {
			if first == nil {
				first = append([]int(nil), cur...)
			}
			if found {
				next = append([]int(nil), cur...)
				return true
			}
			same := true
			for k := range cur {
				if cur[k] != nums[k] {
					same = false
					break
				}
			}
			found = same
			return false
		}
		for k := range vals {
			if used[k] || (k > 0 && vals[k] == vals[k-1] && !used[k-1]) {
				continue
			}
			used[k] = true
			cur = append(cur, vals[k])
			if walk() {
				return true
			}
			cur = cur[:len(cur)-1]
			used[k] = false
		}
		return false
	}
	walk()
	if next == nil {
		next = first
	}
	copy(nums, next)
}
