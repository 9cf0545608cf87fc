//go:build ignore

package main

// Mutant: always jumps as far as the current cell allows, though a shorter
// jump onto a cell with a bigger value can finish sooner.
func jump(nums []int) int {
	jumps := 0
	for i := 0; i < len(nums)-1 && nums[i] > 0; i += nums[i] {
		jumps++
	}
	return jumps
}
