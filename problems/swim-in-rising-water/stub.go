//go:build ignore

package main

func swimInWater(grid [][]int) int {
	return 0
}
