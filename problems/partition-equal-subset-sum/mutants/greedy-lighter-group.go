//go:build ignore

package main

import "sort"

// Mutant: greedy, placing the numbers from largest to smallest into
// whichever group is lighter at the time; [3,3,2,2,2] splits as 3+3 and
// 2+2+2, which the greedy never finds.
func canPartition(nums []int) bool {
	sorted := append([]int(nil), nums...)
	sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
	a, b := 0, 0
	for _, v := range sorted {
		if a <= b {
			a += v
		} else {
			b += v
		}
	}
	return a == b
}
