//go:build ignore

package main

// Mutant: starts the fast pointer at head.Next without checking head, so an
// empty list dereferences nil.
func hasCycle(head *ListNode) bool {
	slow, fast := head, head.Next
	for fast != nil && fast.Next != nil {
		if slow == fast {
			return true
		}
		slow = slow.Next
		fast = fast.Next.Next
	}
	return false
}
