//go:build ignore

package main

// Mutant: compacts the non-zero values to the front but never writes zeros
// over the tail, which keeps its stale values.
func moveZeroes(nums []int) {
	w := 0
	for _, v := range nums {
		if v != 0 {
			nums[w] = v
			w++
		}
	}
}
