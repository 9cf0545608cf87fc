//go:build ignore

package main

func findClosestElements(arr []int, k int, x int) []int {
	return nil
}
