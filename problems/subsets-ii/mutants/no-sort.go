//go:build ignore

package main

// Mutant: applies the skip-equal-neighbour rule without sorting, so equal
// values that are not adjacent still yield the same subset twice.
func subsetsWithDup(nums []int) [][]int {
	res := [][]int{}
	var path []int
	var walk func(start int)
	walk = func(start int) {
		res = append(res, append([]int{}, path...))
		for i := start; i < len(nums); i++ {
			if i > start && nums[i] == nums[i-1] {
				continue
			}
			path = append(path, nums[i])
			walk(i + 1)
			path = path[:len(path)-1]
		}
	}
	walk(0)
	return res
}
