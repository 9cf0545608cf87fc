//go:build ignore

package main

func singleNumber(nums []int) int {
	return 0
}
