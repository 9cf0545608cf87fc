//go:build ignore

package main

// productExceptSelf fills the answer with the product of everything to the
// left of each position, then sweeps back from the right multiplying in a
// running product of everything to its right. No division, O(1) extra space
// beyond the answer.
func productExceptSelf(nums []int) []int {
	n := len(nums)
	answer := make([]int, n)
	left := 1
	for i := 0; i < n; i++ {
		answer[i] = left
		left *= nums[i]
	}
	right := 1
	for i := n - 1; i >= 0; i-- {
		answer[i] *= right
		right *= nums[i]
	}
	return answer
}
