//go:build ignore

package main

// insert walks the sorted ranges once: ranges ending before the new one
// starts are copied, ranges that overlap it are absorbed into it, and once a
// range starts after it ends, the new range and the rest are appended.
func insert(intervals [][]int, newInterval []int) [][]int {
	res := make([][]int, 0, len(intervals)+1)
	start, end := newInterval[0], newInterval[1]
	i := 0
	for i < len(intervals) && intervals[i][1] < start {
		res = append(res, intervals[i])
		i++
	}
	for i < len(intervals) && intervals[i][0] <= end {
		start = min(start, intervals[i][0])
		end = max(end, intervals[i][1])
		i++
	}
	res = append(res, []int{start, end})
	return append(res, intervals[i:]...)
}
