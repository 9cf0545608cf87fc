//go:build ignore

package main

func missingNumber(nums []int) int {
	return 0
}
