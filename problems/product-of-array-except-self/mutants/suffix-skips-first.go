//go:build ignore

package main

// Mutant: the right-to-left pass stops at i > 0, so position 0 never gets
// the product of the elements to its right and stays 1.
func productExceptSelf(nums []int) []int {
	n := len(nums)
	answer := make([]int, n)
	answer[0] = 1
	for i := 1; i < n; i++ {
		answer[i] = answer[i-1] * nums[i-1]
	}
	right := 1
	for i := n - 1; i > 0; i-- {
		answer[i] *= right
		right *= nums[i]
	}
	return answer
}
