//go:build ignore

package main

func longestIncreasingPath(matrix [][]int) int {
	return 0
}
