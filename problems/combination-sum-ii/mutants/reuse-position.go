//go:build ignore

package main

import "sort"

// Mutant: recurses from i instead of i+1, so one position can be used many
// times, as if the candidates were unlimited.
func combinationSum2(candidates []int, target int) [][]int {
	nums := append([]int(nil), candidates...)
	sort.Ints(nums)
	res := [][]int{}
	var path []int
	var walk func(start, remain int)
	walk = func(start, remain int) {
		if remain == 0 {
			res = append(res, append([]int{}, path...))
			return
		}
		for i := start; i < len(nums) && nums[i] <= remain; i++ {
			if i > start && nums[i] == nums[i-1] {
				continue
			}
			path = append(path, nums[i])
			walk(i, remain-nums[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
