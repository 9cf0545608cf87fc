//go:build ignore

package main

// Mutant: marks every time unit of every meeting on a timeline and takes the
// busiest unit; right, but O(n * length): 10^4 meetings of length ~10^6 make
// about 10^10 increments.
// verdict: time_limit_exceeded
func minMeetingRooms(intervals [][]int) int {
	busy := make([]int, 1_000_001)
	best := 0
	for _, m := range intervals {
		for t := m[0]; t < m[1]; t++ {
			busy[t]++
			best = max(best, busy[t])
		}
	}
	return best
}
