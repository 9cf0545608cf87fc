//go:build ignore

package main

import "sort"

// Mutant: skips a first value when the next one is equal (looking ahead
// instead of back), so triplets that use the value twice, like [-1,-1,2],
// are lost.
func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	res := [][]int{}
	for i := 0; i < len(nums)-2; i++ {
		if nums[i] == nums[i+1] {
			continue
		}
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
				for lo < hi && nums[lo] == nums[lo+1] {
					lo++
				}
				for lo < hi && nums[hi] == nums[hi-1] {
					hi--
				}
				lo++
				hi--
			}
		}
	}
	return res
}
