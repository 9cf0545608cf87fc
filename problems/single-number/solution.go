//go:build ignore

package main

// singleNumber folds every value into one XOR: equal values cancel (v ^ v is
// 0) in any order, and 0 ^ v is v, so only the unpaired value is left.
func singleNumber(nums []int) int {
	x := 0
	for _, v := range nums {
		x ^= v
	}
	return x
}
