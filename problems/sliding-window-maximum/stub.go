//go:build ignore

package main

func maxSlidingWindow(nums []int, k int) []int {
	return nil
}
