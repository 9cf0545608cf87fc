//go:build ignore

package main

// canAttendMeetings compares every pair of meetings: two half-open spans
// share a moment when the later start comes before the earlier end.
func canAttendMeetings(intervals [][]int) bool {
	for i := range intervals {
		for j := i + 1; j < len(intervals); j++ {
			a, b := intervals[i], intervals[j]
			if max(a[0], b[0]) < min(a[1], b[1]) {
				return false
			}
		}
	}
	return true
}
