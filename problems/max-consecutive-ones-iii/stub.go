//go:build ignore

package main

func longestOnes(nums []int, k int) int {
	return 0
}
