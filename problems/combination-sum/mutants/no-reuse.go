//go:build ignore

package main

// Mutant: recurses with i+1 after taking a candidate, so no number is ever
// used twice and combinations like [2,2,3] are missed.
func combinationSum(candidates []int, target int) [][]int {
	res := [][]int{}
	var path []int
	var walk func(start, remain int)
	walk = func(start, remain int) {
		if remain == 0 {
			res = append(res, append([]int{}, path...))
			return
		}
		for i := start; i < len(candidates); i++ {
			if candidates[i] <= remain {
				path = append(path, candidates[i])
				walk(i+1, remain-candidates[i])
				path = path[:len(path)-1]
			}
		}
	}
	walk(0, target)
	return res
}
