//go:build ignore

package main

func orangesRotting(grid [][]int) int {
	return 0
}
