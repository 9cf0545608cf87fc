//go:build ignore

package main

import "sort"

// merge sorts the ranges by start; then each range either overlaps the last
// merged range (its start is at most that range's end) and stretches it, or
// begins a new one.
func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
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
