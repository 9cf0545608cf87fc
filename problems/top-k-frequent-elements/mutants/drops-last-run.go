//go:build ignore

package main

import "sort"

// Mutant: sorts the values and counts runs, recording a run when the value
// changes, but never records the final run (the largest value).
func topKFrequent(nums []int, k int) []int {
	s := append([]int(nil), nums...)
	sort.Ints(s)
	type run struct{ val, n int }
	var runs []run
	start := 0
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] {
			runs = append(runs, run{s[i-1], i - start})
			start = i
		}
	}
	sort.Slice(runs, func(a, b int) bool { return runs[a].n > runs[b].n })
	var res []int
	for i := 0; i < k && i < len(runs); i++ {
		res = append(res, runs[i].val)
	}
	return res
}
