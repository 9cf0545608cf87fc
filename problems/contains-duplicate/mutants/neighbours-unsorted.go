//go:build ignore

package main

// Mutant: only compares neighbouring elements, as if the array were sorted;
// equal values that are not next to each other go unnoticed.
func containsDuplicate(nums []int) bool {
	for i := 1; i < len(nums); i++ {
		if nums[i] == nums[i-1] {
			return true
		}
	}
	return false
}
