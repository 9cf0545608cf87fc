//go:build ignore

package main

// Mutant: inserts the new range only when it meets a range that starts after
// it, so a new range after every existing one (or an empty list) loses it.
func insert(intervals [][]int, newInterval []int) [][]int {
	res := [][]int{}
	inserted := false
	for _, iv := range intervals {
		switch {
		case iv[1] < newInterval[0]:
			res = append(res, iv)
		case iv[0] > newInterval[1]:
			if !inserted {
				res = append(res, newInterval)
				inserted = true
			}
			res = append(res, iv)
		default:
			newInterval = []int{min(iv[0], newInterval[0]), max(iv[1], newInterval[1])}
		}
	}
	return res
}
