//go:build ignore

package main

// Mutant: the pairwise scan starts its inner loop at i instead of i+1, so a
// value can pair with itself when it is half the target.
func twoSum(nums []int, target int) []int {
	for i := range nums {
		for j := i; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return []int{i, j}
			}
		}
	}
	return nil
}
