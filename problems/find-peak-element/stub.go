//go:build ignore

package main

func findPeakElement(nums []int) int {
	return 0
}
