//go:build ignore

package main

import "sort"

// Mutant: reads the first meeting before looking at the length, so an empty
// diary crashes with an index out of range.
func canAttendMeetings(intervals [][]int) bool {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	end := intervals[0][1]
	for _, m := range intervals[1:] {
		if m[0] < end {
			return false
		}
		end = m[1]
	}
	return true
}
