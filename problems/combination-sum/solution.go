//go:build ignore

package main

import "sort"

// combinationSum sorts the candidates and builds each combination in
// non-decreasing order: from index i a call may take candidates[i] again or
// any later one, never an earlier one, so every multiset is built once.
func combinationSum(candidates []int, target int) [][]int {
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
		for i := start; i < len(nums); i++ {
			if nums[i] > remain {
				break // sorted: every later candidate is too big as well
			}
			path = append(path, nums[i])
			walk(i, remain-nums[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
