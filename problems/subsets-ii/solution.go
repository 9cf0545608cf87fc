//go:build ignore

package main

import "sort"

// subsetsWithDup sorts the values and records the current subset on entry
// to each call; the call then tries each distinct value once as the next
// element, so equal values never produce the same subset twice.
func subsetsWithDup(nums []int) [][]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	res := [][]int{}
	var path []int
	var walk func(start int)
	walk = func(start int) {
		res = append(res, append([]int{}, path...))
		for i := start; i < len(a); i++ {
			if i > start && a[i] == a[i-1] {
				continue // the same value was already tried at this step
			}
			path = append(path, a[i])
			walk(i + 1)
			path = path[:len(path)-1]
		}
	}
	walk(0)
	return res
}
