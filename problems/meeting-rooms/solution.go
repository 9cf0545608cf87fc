//go:build ignore

package main

import "sort"

// canAttendMeetings sorts the meetings by start time; then a clash, if there
// is one, shows up between two neighbours: a meeting that starts before the
// previous one has ended.
func canAttendMeetings(intervals [][]int) bool {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	for i := 1; i < len(intervals); i++ {
		if intervals[i][0] < intervals[i-1][1] {
			return false
		}
	}
	return true
}
