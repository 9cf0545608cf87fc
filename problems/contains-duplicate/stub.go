//go:build ignore

package main

func containsDuplicate(nums []int) bool {
	return false
}
