//go:build ignore

package main

func networkDelayTime(times [][]int, n int, k int) int {
	return 0
}
