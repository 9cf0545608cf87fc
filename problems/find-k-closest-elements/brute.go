//go:build ignore

package main

import (
	"slices"
	"sort"
)

// findClosestElements sorts a copy of arr by distance to x (smaller value
// first on a tie), keeps the first k and sorts them back into ascending
// order.
func findClosestElements(arr []int, k int, x int) []int {
	abs := func(v int) int {
		if v < 0 {
			return -v
		}
		return v
	}
	c := slices.Clone(arr)
	sort.SliceStable(c, func(i, j int) bool {
		di, dj := abs(c[i]-x), abs(c[j]-x)
		if di != dj {
			return di < dj
		}
		return c[i] < c[j]
	})
	out := c[:k]
	sort.Ints(out)
	return out
}
