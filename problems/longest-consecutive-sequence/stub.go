//go:build ignore

package main

func longestConsecutive(nums []int) int {
	return 0
}
