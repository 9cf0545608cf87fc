//go:build ignore

package main

// Mutant: XORs every index with every value but only over the indices
// 0..n-1, leaving n itself out of the fold, so the answer comes out XORed
// with n.
func missingNumber(nums []int) int {
	x := 0
	for i, v := range nums {
		x ^= i ^ v
	}
	return x
}
