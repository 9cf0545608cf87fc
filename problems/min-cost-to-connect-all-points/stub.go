//go:build ignore

package main

func minCostConnectPoints(points [][]int) int {
	return 0
}
