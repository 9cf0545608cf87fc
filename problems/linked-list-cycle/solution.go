//go:build ignore

package main

// hasCycle runs two pointers, one a step at a time and one two steps at a
// time (Floyd): the fast one falls off the end of a list without a loop, and
// catches up with the slow one inside a loop.
func hasCycle(head *ListNode) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}
