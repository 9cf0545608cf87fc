//go:build ignore

package main

import "sort"

// Mutant: ranks points by |x| + |y| (Manhattan distance) instead of the
// straight-line distance.
func kClosest(points [][]int, k int) [][]int {
	abs := func(v int) int {
		if v < 0 {
			return -v
		}
		return v
	}
	ps := append([][]int(nil), points...)
	sort.Slice(ps, func(i, j int) bool {
		return abs(ps[i][0])+abs(ps[i][1]) < abs(ps[j][0])+abs(ps[j][1])
	})
	return ps[:k]
}
