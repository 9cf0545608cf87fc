//go:build ignore

package main

import "sort"

// Mutant: remembers one "earliest end" instead of a heap of all room end
// times; after reusing a room it forgets when the other rooms free up.
func minMeetingRooms(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	rooms, earliest := 1, intervals[0][1]
	for _, m := range intervals[1:] {
		if m[0] >= earliest {
			earliest = m[1]
		} else {
			rooms++
			earliest = min(earliest, m[1])
		}
	}
	return rooms
}
