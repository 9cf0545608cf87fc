//go:build ignore

package main

// Mutant: checks that each index before the last is reachable but never
// checks the last index itself, so a reach that stops one short passes.
func canJump(nums []int) bool {
	reach := 0
	for i := 0; i < len(nums)-1; i++ {
		if i > reach {
			return false
		}
		reach = max(reach, i+nums[i])
	}
	return true
}
