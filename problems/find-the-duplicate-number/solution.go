//go:build ignore

package main

// findDuplicate reads nums as a linked list where slot i points to slot
// nums[i]. Starting from slot 0, which no value points to, the walk must
// enter a loop, and the slot where it does is pointed to twice: its index is
// the repeated value. Floyd's tortoise and hare finds that slot in O(1) space.
func findDuplicate(nums []int) int {
	slow, fast := nums[0], nums[nums[0]]
	for slow != fast {
		slow = nums[slow]
		fast = nums[nums[fast]]
	}
	// The meeting point is as far from the loop's entrance, going forward, as
	// slot 0 is: walk both at the same speed until they meet there.
	slow = 0
	for slow != fast {
		slow = nums[slow]
		fast = nums[fast]
	}
	return slow
}
