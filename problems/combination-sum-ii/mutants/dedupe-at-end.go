//go:build ignore

package main

import (
	"fmt"
	"sort"
)

// Mutant: explores every subset of positions and removes duplicate
// combinations only at the end with a set, so many equal values make the
// search exponential.
// verdict: time_limit_exceeded
func combinationSum2(candidates []int, target int) [][]int {
	nums := append([]int(nil), candidates...)
	sort.Ints(nums)
	seen := map[string]bool{}
	res := [][]int{}
	var path []int
	var walk func(start, remain int)
	walk = func(start, remain int) {
		if remain == 0 {
			key := fmt.Sprint(path)
			if !seen[key] {
				seen[key] = true
				res = append(res, append([]int{}, path...))
			}
			return
		}
		for i := start; i < len(nums) && nums[i] <= remain; i++ {
			path = append(path, nums[i])
			walk(i+1, remain-nums[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
