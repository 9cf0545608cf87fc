//go:build ignore

package main

// Mutant: subtracts 1 + 2 + ... + n from the sum of the array, which gives
// the duplicate only when it appears exactly twice and every other value
// appears once.
func findDuplicate(nums []int) int {
	n := len(nums) - 1
	total := 0
	for _, v := range nums {
		total += v
	}
	return total - n*(n+1)/2
}
