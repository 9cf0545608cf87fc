//go:build ignore

package main

import "sort"

// Mutant: removes duplicates first and returns the k-th largest distinct
// value (and runs off the end when fewer than k distinct values exist).
func findKthLargest(nums []int, k int) int {
	seen := map[int]bool{}
	var vals []int
	for _, v := range nums {
		if !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(vals)))
	return vals[k-1]
}
