//go:build ignore

package main

import "sort"

// Mutant: dynamic programming over intervals sorted by start, where each one
// extends the longest conflict-free chain among all earlier ones; right, but
// O(n^2), about 5*10^9 steps at 10^5 intervals.
// verdict: time_limit_exceeded
func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	n := len(intervals)
	chain := make([]int, n)
	best := 0
	for i := range n {
		chain[i] = 1
		for j := 0; j < i; j++ {
			if intervals[j][1] <= intervals[i][0] && chain[j]+1 > chain[i] {
				chain[i] = chain[j] + 1
			}
		}
		best = max(best, chain[i])
	}
	return n - best
}
