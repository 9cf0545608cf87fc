//go:build ignore

package main

import "sort"

// Mutant: sorts by start and, on a conflict, always keeps the interval seen
// first, even when it is a long one that blocks several short ones.
func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	removed, lastEnd := 0, intervals[0][1]
	for _, iv := range intervals[1:] {
		if iv[0] >= lastEnd {
			lastEnd = iv[1]
		} else {
			removed++
		}
	}
	return removed
}
