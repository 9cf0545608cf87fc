//go:build ignore

package main

// Mutant: always takes the longest jump available, which can land on a zero
// that a shorter jump would have avoided.
func canJump(nums []int) bool {
	i := 0
	for i < len(nums)-1 {
		if nums[i] == 0 {
			return false
		}
		i += nums[i]
	}
	return true
}
