//go:build ignore

package main

func search(nums []int, target int) int {
	return 0
}
