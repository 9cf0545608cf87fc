//go:build ignore

package main

func kClosest(points [][]int, k int) [][]int {
	return nil
}
