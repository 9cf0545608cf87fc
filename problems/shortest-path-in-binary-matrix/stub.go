//go:build ignore

package main

func shortestPathBinaryMatrix(grid [][]int) int {
	return 0
}
