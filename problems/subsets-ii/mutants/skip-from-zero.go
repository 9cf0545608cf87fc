//go:build ignore

package main

import "sort"

// Mutant: skips a value equal to its left neighbour whenever i > 0 rather
// than i > start, so no subset ever holds two copies of a value.
func subsetsWithDup(nums []int) [][]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	res := [][]int{}
	var path []int
	var walk func(start int)
	walk = func(start int) {
		res = append(res, append([]int{}, path...))
		for i := start; i < len(a); i++ {
			if i > 0 && a[i] == a[i-1] {
				continue
			}
			path = append(path, a[i])
			walk(i + 1)
			path = path[:len(path)-1]
		}
	}
	walk(0)
	return res
}
