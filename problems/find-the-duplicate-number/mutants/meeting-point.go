//go:build ignore

package main

// Mutant: returns where the tortoise and the hare first meet, skipping the
// second phase that walks from slot 0 to the entrance of the loop.
func findDuplicate(nums []int) int {
	slow, fast := nums[0], nums[nums[0]]
	for slow != fast {
		slow = nums[slow]
		fast = nums[nums[fast]]
	}
	return slow
}
