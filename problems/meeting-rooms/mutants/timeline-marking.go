//go:build ignore

package main

// Mutant: marks every time unit of every meeting on a timeline and then looks
// for a unit used twice; right, but it costs the total length of all meetings,
// about 10^10 steps for 10^4 meetings that each span most of the day.
// verdict: time_limit_exceeded
func canAttendMeetings(intervals [][]int) bool {
	busy := make([]int32, 1_000_001)
	for _, m := range intervals {
		for t := m[0]; t < m[1]; t++ {
			busy[t]++
		}
	}
	for _, c := range busy {
		if c > 1 {
			return false
		}
	}
	return true
}
