//go:build ignore

package main

import (
	"math"
	"sort"
)

// Mutant: counts intervals that only touch (one ends where the next starts)
// as conflicting, comparing with > instead of >=.
func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][1] < intervals[b][1] })
	removed, lastEnd := 0, math.MinInt
	for _, iv := range intervals {
		if iv[0] > lastEnd {
			lastEnd = iv[1]
		} else {
			removed++
		}
	}
	return removed
}
