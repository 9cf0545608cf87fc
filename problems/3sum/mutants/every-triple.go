//go:build ignore

package main

import "sort"

// Mutant: tries every choice of three positions, which is O(n^3): correct,
// but 4.5·10^9 triples at 3000 values.
// verdict: time_limit_exceeded
func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	seen := map[[3]int]bool{}
	res := [][]int{}
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			for k := j + 1; k < len(nums); k++ {
				if nums[i]+nums[j]+nums[k] == 0 {
					key := [3]int{nums[i], nums[j], nums[k]}
					if !seen[key] {
						seen[key] = true
						res = append(res, []int{nums[i], nums[j], nums[k]})
					}
				}
			}
		}
	}
	return res
}
