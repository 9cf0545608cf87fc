//go:build ignore

package main

// Mutant: assumes the input is already sorted by start and never sorts it.
func merge(intervals [][]int) [][]int {
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
