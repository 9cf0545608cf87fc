//go:build ignore

package main

import "sort"

// Mutant: uses a strict comparison, so ranges that only share an endpoint
// ([1,3] and [3,8]) stay separate.
func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	merged := [][]int{}
	for _, iv := range intervals {
		if n := len(merged); n > 0 && iv[0] < merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], iv[1])
			continue
		}
		merged = append(merged, []int{iv[0], iv[1]})
	}
	return merged
}
