//go:build ignore

package main

func largestIsland(grid [][]int) int {
	return 0
}
