//go:build ignore

package main

import (
	"math"
	"sort"
)

// Mutant: sorts by the distance rounded down to an integer, so points whose
// distances differ by less than 1 look tied and keep their input order.
func kClosest(points [][]int, k int) [][]int {
	dist := func(p []int) int {
		return int(math.Sqrt(float64(p[0]*p[0] + p[1]*p[1])))
	}
	ps := append([][]int(nil), points...)
	sort.SliceStable(ps, func(i, j int) bool { return dist(ps[i]) < dist(ps[j]) })
	return ps[:k]
}
