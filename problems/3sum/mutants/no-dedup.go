//go:build ignore

package main

import "sort"

// Mutant: never skips equal values, so the same triplet of values is
// reported once for every way of picking it.
func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	res := [][]int{}
	for i := 0; i < len(nums)-2; i++ {
		lo, hi := i+1, len(nums)-1
		for lo < hi {
			sum := nums[i] + nums[lo] + nums[hi]
			switch {
			case sum < 0:
				lo++
			case sum > 0:
				hi--
			default:
				res = append(res, []int{nums[i], nums[lo], nums[hi]})
				lo++
				hi--
			}
		}
	}
	return res
}
