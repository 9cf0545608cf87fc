//go:build ignore

package main

// subsets walks the positions in order, deciding for each whether the
// current subset keeps it. path is shared by the whole recursion, so each
// finished subset is copied before it is stored.
func subsets(nums []int) [][]int {
	res := make([][]int, 0, 1<<len(nums))
	path := make([]int, 0, len(nums))
	var walk func(i int)
	walk = func(i int) {
		if i == len(nums) {
			res = append(res, append([]int(nil), path...))
			return
		}
		walk(i + 1) // leave nums[i] out
		path = append(path, nums[i])
		walk(i + 1) // keep nums[i]
		path = path[:len(path)-1]
	}
	walk(0)
	return res
}
