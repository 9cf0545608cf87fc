//go:build ignore

package main

import "sort"

// Mutant: in the take-or-leave recursion, leaving a value moves on by one
// position instead of past all its copies, so [2] is built from either 2
// and listed twice.
func subsetsWithDup(nums []int) [][]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	res := [][]int{}
	var path []int
	var walk func(i int)
	walk = func(i int) {
		if i == len(a) {
			res = append(res, append([]int{}, path...))
			return
		}
		path = append(path, a[i])
		walk(i + 1)
		path = path[:len(path)-1]
		walk(i + 1)
	}
	walk(0)
	return res
}
