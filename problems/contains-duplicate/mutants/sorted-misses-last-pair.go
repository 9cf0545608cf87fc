//go:build ignore

package main

import "sort"

// Mutant: sorts, then compares neighbours, but the loop stops one pair short
// and never compares the two largest values.
func containsDuplicate(nums []int) bool {
	sort.Ints(nums)
	for i := 1; i < len(nums)-1; i++ {
		if nums[i] == nums[i-1] {
			return true
		}
	}
	return false
}
