//go:build ignore

package main

func threeSum(nums []int) [][]int {
	return nil
}
