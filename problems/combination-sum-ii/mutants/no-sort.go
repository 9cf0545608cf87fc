//go:build ignore

package main

// Mutant: skips a value equal to the one just before it without sorting
// first, so equal values that are not adjacent still produce duplicate
// combinations.
func combinationSum2(candidates []int, target int) [][]int {
	res := [][]int{}
	var path []int
	var walk func(start, remain int)
	walk = func(start, remain int) {
		if remain == 0 {
			res = append(res, append([]int{}, path...))
			return
		}
		for i := start; i < len(candidates); i++ {
			if candidates[i] > remain || (i > start && candidates[i] == candidates[i-1]) {
				continue
			}
			path = append(path, candidates[i])
			walk(i+1, remain-candidates[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
