//go:build ignore

package main

import "sort"

// Mutant: replaces the merged end by the new range's end instead of taking
// the larger one, so a range nested inside the previous one shrinks it.
func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	merged := [][]int{}
	for _, iv := range intervals {
		if n := len(merged); n > 0 && iv[0] <= merged[n-1][1] {
			merged[n-1][1] = iv[1]
			continue
		}
		merged = append(merged, []int{iv[0], iv[1]})
	}
	return merged
}
