//go:build ignore

package main

func canPartition(nums []int) bool {
	return false
}
