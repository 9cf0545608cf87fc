//go:build ignore

package main

func countComponents(n int, edges [][]int) int {
	return 0
}
