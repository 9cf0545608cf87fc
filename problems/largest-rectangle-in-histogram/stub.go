//go:build ignore

package main

func largestRectangleArea(heights []int) int {
	return 0
}
