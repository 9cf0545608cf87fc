//go:build ignore

package main

// Mutant: records a subset only after adding an element to it, so the empty
// subset never appears in the answer.
func subsets(nums []int) [][]int {
	var res [][]int
	var dfs func(start int, cur []int)
	dfs = func(start int, cur []int) {
		for i := start; i < len(nums); i++ {
			next := append(append([]int(nil), cur...), nums[i])
			res = append(res, next)
			dfs(i+1, next)
		}
	}
	dfs(0, nil)
	return res
}
