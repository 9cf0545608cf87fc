//go:build ignore

package main

import "sort"

// Mutant: sorts by distance and returns the first k, but in distance order,
// not ascending.
// verdict: wrong_answer
func findClosestElements(arr []int, k int, x int) []int {
	abs := func(v int) int {
		if v < 0 {
			return -v
		}
		return v
	}
	c := append([]int(nil), arr...)
	sort.SliceStable(c, func(i, j int) bool {
		di, dj := abs(c[i]-x), abs(c[j]-x)
		if di != dj {
			return di < dj
		}
		return c[i] < c[j]
	})
	return c[:k]
}
