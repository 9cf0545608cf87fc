//go:build ignore

package main

func findKthPositive(arr []int, k int) int {
	return 0
}
