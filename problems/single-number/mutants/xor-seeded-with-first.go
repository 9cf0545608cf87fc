//go:build ignore

package main

// Mutant: starts the XOR from nums[0] and then folds in every element,
// nums[0] included, so the first value is cancelled out of the seed and
// the result is the lone value XOR nums[0].
func singleNumber(nums []int) int {
	x := nums[0]
	for _, v := range nums {
		x ^= v
	}
	return x
}
