//go:build ignore

package main

// Mutant: checks each meeting against the one before it in the given order,
// without sorting, so clashes between meetings listed apart go unseen.
func canAttendMeetings(intervals [][]int) bool {
	for i := 1; i < len(intervals); i++ {
		if intervals[i][0] < intervals[i-1][1] && intervals[i-1][0] < intervals[i][1] {
			return false
		}
	}
	return true
}
