//go:build ignore

package main

import "sort"

// Mutant: saves the shared working slice itself rather than a copy, so
// later steps of the search overwrite combinations already saved.
func combinationSum(candidates []int, target int) [][]int {
	sort.Ints(candidates)
	res := [][]int{}
	path := make([]int, 0, target)
	var walk func(start, remain int)
	walk = func(start, remain int) {
		if remain == 0 {
			res = append(res, path)
			return
		}
		for i := start; i < len(candidates) && candidates[i] <= remain; i++ {
			path = append(path, candidates[i])
			walk(i, remain-candidates[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
