//go:build ignore

package main

import "sort"

// intervalIntersection intersects every interval of the first list with
// every interval of the second, then sorts what it found by start.
func intervalIntersection(firstList [][]int, secondList [][]int) [][]int {
	out := [][]int{}
	for _, a := range firstList {
		for _, b := range secondList {
			lo, hi := a[0], a[1]
			if b[0] > lo {
				lo = b[0]
			}
			if b[1] < hi {
				hi = b[1]
			}
			if lo <= hi {
				out = append(out, []int{lo, hi})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
