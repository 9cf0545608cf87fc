//go:build ignore

package main

import "sort"

// Mutant: sorts by end but compares each interval with its neighbour in that
// order rather than with the last interval kept, so a removed interval still
// blocks the next one.
func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][1] < intervals[b][1] })
	removed := 0
	for i := 1; i < len(intervals); i++ {
		if intervals[i][0] < intervals[i-1][1] {
			removed++
		}
	}
	return removed
}
