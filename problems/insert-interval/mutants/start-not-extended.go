//go:build ignore

package main

// Mutant: when absorbing overlapping ranges, widens only the end and keeps
// the new range's start, even if an absorbed range starts earlier.
func insert(intervals [][]int, newInterval []int) [][]int {
	res := make([][]int, 0, len(intervals)+1)
	start, end := newInterval[0], newInterval[1]
	i := 0
	for i < len(intervals) && intervals[i][1] < start {
		res = append(res, intervals[i])
		i++
	}
	for i < len(intervals) && intervals[i][0] <= end {
		end = max(end, intervals[i][1])
		i++
	}
	res = append(res, []int{start, end})
	return append(res, intervals[i:]...)
}
