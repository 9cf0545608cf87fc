//go:build ignore

package main

import "sort"

// Mutant: uses sort.SearchInts and returns its result directly, which is the
// insertion position when the target is missing, not -1.
func search(nums []int, target int) int {
	i := sort.SearchInts(nums, target)
	if i == len(nums) {
		return -1
	}
	return i
}
