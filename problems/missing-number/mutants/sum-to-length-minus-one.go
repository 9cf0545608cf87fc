//go:build ignore

package main

// Mutant: takes the expected total as 0 + 1 + ... + (n-1), forgetting that
// the range runs up to n itself, the array's length.
func missingNumber(nums []int) int {
	n := len(nums)
	total := (n - 1) * n / 2
	for _, v := range nums {
		total -= v
	}
	return total
}
