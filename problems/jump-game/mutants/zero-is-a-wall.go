//go:build ignore

package main

// Mutant: treats any zero before the last index as a dead end, although a
// longer earlier jump can clear it.
func canJump(nums []int) bool {
	for i := 0; i < len(nums)-1; i++ {
		if nums[i] == 0 {
			return false
		}
	}
	return true
}
