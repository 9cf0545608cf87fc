//go:build ignore

package main

func topKFrequent(nums []int, k int) []int {
	return nil
}
