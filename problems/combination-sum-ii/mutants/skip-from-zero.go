//go:build ignore

package main

import "sort"

// Mutant: skips a value equal to its left neighbour whenever i > 0 instead
// of i > start, so a combination can never use the same value twice.
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
			if i > 0 && nums[i] == nums[i-1] {
				continue
			}
			path = append(path, nums[i])
			walk(i+1, remain-nums[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
