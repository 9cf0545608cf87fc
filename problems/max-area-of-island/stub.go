//go:build ignore

package main

func maxAreaOfIsland(grid [][]int) int {
	return 0
}
