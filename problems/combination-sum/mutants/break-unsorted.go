//go:build ignore

package main

// Mutant: stops the loop at the first candidate larger than the remainder
// without sorting first, so smaller candidates after it are never tried.
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
			if candidates[i] > remain {
				break
			}
			path = append(path, candidates[i])
			walk(i, remain-candidates[i])
			path = path[:len(path)-1]
		}
	}
	walk(0, target)
	return res
}
