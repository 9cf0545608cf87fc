//go:build ignore

package main

func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	return 0
}
