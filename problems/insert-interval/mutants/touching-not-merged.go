//go:build ignore

package main

// Mutant: treats ranges that only share an endpoint as disjoint, leaving
// [1,3] and [3,5] side by side.
func insert(intervals [][]int, newInterval []int) [][]int {
	res := make([][]int, 0, len(intervals)+1)
	start, end := newInterval[0], newInterval[1]
	i := 0
	for i < len(intervals) && intervals[i][1] <= start {
		res = append(res, intervals[i])
		i++
	}
	for i < len(intervals) && intervals[i][0] < end {
		start = min(start, intervals[i][0])
		end = max(end, intervals[i][1])
		i++
	}
	res = append(res, []int{start, end})
	return append(res, intervals[i:]...)
}
