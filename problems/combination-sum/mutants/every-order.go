//go:build ignore

package main

// Mutant: restarts the loop at index 0 in every call, so the same multiset
// is listed once per order ([2,3,3], [3,2,3], [3,3,2]).
func combinationSum(candidates []int, target int) [][]int {
	res := [][]int{}
	var path []int
	var walk func(remain int)
	walk = func(remain int) {
		if remain == 0 {
			res = append(res, append([]int{}, path...))
			return
		}
		for _, c := range candidates {
			if c <= remain {
				path = append(path, c)
				walk(remain - c)
				path = path[:len(path)-1]
			}
		}
	}
	walk(target)
	return res
}
