//go:build ignore

package main

import "sort"

// Mutant: sorts by end instead of start, so a long range that starts earlier
// but ends later is met after the short ranges it covers.
func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][1] < intervals[j][1] })
	merged := [][]int{}
	for _, iv := range intervals {
		if n := len(merged); n > 0 && iv[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], iv[1])
			continue
		}
		merged = append(merged, []int{iv[0], iv[1]})
	}
	return merged
}
