//go:build ignore

package main

func largestNumber(nums []int) string {
	return ""
}
