//go:build ignore

package main

import (
	"math"
	"sort"
)

// eraseOverlapIntervals keeps as many intervals as it can, greedily: sorted
// by end, each interval that starts at or after the end of the last one kept
// is kept too, since ending early never leaves less room for the rest. All
// the others are removed.
func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][1] < intervals[b][1] })
	removed, lastEnd := 0, math.MinInt
	for _, iv := range intervals {
		if iv[0] >= lastEnd {
			lastEnd = iv[1]
		} else {
			removed++
		}
	}
	return removed
}
