//go:build ignore

package main

import "sort"

// Mutant: sorts and returns the first gap between neighbours, else the
// largest value plus one; when 0 is the missing value there is no gap, and
// it answers n + 1 instead of 0.
func missingNumber(nums []int) int {
	sort.Ints(nums)
	for i := 1; i < len(nums); i++ {
		if nums[i] != nums[i-1]+1 {
			return nums[i-1] + 1
		}
	}
	return nums[len(nums)-1] + 1
}
