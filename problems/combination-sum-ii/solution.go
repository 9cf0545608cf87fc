//go:build ignore

package main

import "sort"

// combinationSum2 sorts the candidates, then picks each combination's
// values in order. Within one call, a value equal to the previous one tried
// there would only repeat combinations already found, so it is skipped.
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
		for i := start; i < len(nums); i++ {
			if nums[i] > remain {
				break // sorted: nothing later fits either
			}
			if i > start && nums[i] == nums[i-1] {
				continue // this value was already tried at this depth
			}
			path = append(path, nums[i])
			walk(i+1, remain-nums[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
