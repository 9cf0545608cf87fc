//go:build ignore

package main

// Mutant: fills the map first, then may pair a value with itself
// (target = 2*nums[i] with a single copy of nums[i]).
func twoSum(nums []int, target int) []int {
	at := make(map[int]int, len(nums))
	for i, v := range nums {
		at[v] = i
	}
	for i, v := range nums {
		if j, ok := at[target-v]; ok {
			return []int{i, j}
		}
	}
	return nil
}
