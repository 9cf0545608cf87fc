//go:build ignore

package main

func subsetsWithDup(nums []int) [][]int {
	return nil
}
