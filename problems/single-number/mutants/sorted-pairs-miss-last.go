//go:build ignore

package main

import "sort"

// Mutant: sorts and compares neighbours two at a time, but when every pair
// matches it never looks at the last element, the lone value, and returns 0.
func singleNumber(nums []int) int {
	sort.Ints(nums)
	for i := 0; i+1 < len(nums); i += 2 {
		if nums[i] != nums[i+1] {
			return nums[i]
		}
	}
	return 0
}
