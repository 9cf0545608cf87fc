//go:build ignore

package main

import "sort"

// Mutant: the two-pointer sweep over start and end times, but only the start
// times are sorted; the end times stay in input order.
func minMeetingRooms(intervals [][]int) int {
	n := len(intervals)
	starts, ends := make([]int, n), make([]int, n)
	for i, m := range intervals {
		starts[i], ends[i] = m[0], m[1]
	}
	sort.Ints(starts)
	rooms, e := 0, 0
	for _, s := range starts {
		if s < ends[e] {
			rooms++
		} else {
			e++
		}
	}
	return rooms
}
