//go:build ignore

package main

// Mutant: loops from the next index onward as in subset search, so values
// only ever appear in their original relative order and most orderings are
// never produced.
func permute(nums []int) [][]int {
	n := len(nums)
	var res [][]int
	var path []int
	var walk func(start int)
	walk = func(start int) {
		if len(path) == n {
			res = append(res, append([]int(nil), path...))
			return
		}
		for i := start; i < n; i++ {
			path = append(path, nums[i])
			walk(i + 1)
			path = path[:len(path)-1]
		}
	}
	walk(0)
	return res
}
