//go:build ignore

package main

func productExceptSelf(nums []int) []int {
	return nil
}
