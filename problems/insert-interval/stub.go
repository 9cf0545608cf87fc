//go:build ignore

package main

func insert(intervals [][]int, newInterval []int) [][]int {
	return nil
}
