//go:build ignore

package main

func maxProduct(nums []int) int {
	return 0
}
