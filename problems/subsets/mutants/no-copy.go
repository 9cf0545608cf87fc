//go:build ignore

package main

// Mutant: stores the working slice itself instead of a copy, so later
// appends that reuse its backing array overwrite subsets already recorded.
func subsets(nums []int) [][]int {
	var res [][]int
	var dfs func(start int, cur []int)
	dfs = func(start int, cur []int) {
		res = append(res, cur)
		for i := start; i < len(nums); i++ {
			dfs(i+1, append(cur, nums[i]))
		}
	}
	dfs(0, []int{})
	return res
}
