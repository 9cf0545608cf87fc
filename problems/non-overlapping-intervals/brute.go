//go:build ignore

package main

// eraseOverlapIntervals tries every subset of intervals to keep, checks each
// pair in it for a conflict, and returns how many the largest conflict-free
// subset leaves out.
func eraseOverlapIntervals(intervals [][]int) int {
	n := len(intervals)
	best := 0
	for mask := 0; mask < 1<<n; mask++ {
		var kept [][]int
		for i := range n {
			if mask>>i&1 == 1 {
				kept = append(kept, intervals[i])
			}
		}
		ok := true
		for i := 0; i < len(kept) && ok; i++ {
			for j := i + 1; j < len(kept); j++ {
				if max(kept[i][0], kept[j][0]) < min(kept[i][1], kept[j][1]) {
					ok = false
					break
				}
			}
		}
		if ok {
			best = max(best, len(kept))
		}
	}
	return n - best
}
