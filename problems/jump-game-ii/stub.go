//go:build ignore

package main

func jump(nums []int) int {
	return 0
}
