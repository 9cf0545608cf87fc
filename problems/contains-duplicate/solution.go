//go:build ignore

package main

// containsDuplicate records every value in a set and stops at the first one
// already recorded: O(n) expected time, O(n) space.
func containsDuplicate(nums []int) bool {
	seen := make(map[int]struct{}, len(nums))
	for _, v := range nums {
		if _, ok := seen[v]; ok {
			return true
		}
		seen[v] = struct{}{}
	}
	return false
}
