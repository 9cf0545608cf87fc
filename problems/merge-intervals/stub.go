//go:build ignore

package main

func merge(intervals [][]int) [][]int {
	return nil
}
