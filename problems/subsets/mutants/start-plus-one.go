//go:build ignore

package main

// Mutant: recurses from start+1 instead of i+1, so an element can be taken
// again after a later one, which repeats values and lists subsets twice.
func subsets(nums []int) [][]int {
	var res [][]int
	var dfs func(start int, cur []int)
	dfs = func(start int, cur []int) {
		res = append(res, append([]int(nil), cur...))
		for i := start; i < len(nums); i++ {
			dfs(start+1, append(cur, nums[i]))
		}
	}
	dfs(0, make([]int, 0, len(nums)))
	return res
}
