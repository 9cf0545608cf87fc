//go:build ignore

package main

// reorderList finds the middle with a slow and a fast pointer, cuts the list
// there, reverses the second half, and then weaves the two halves together
// one node from each: O(n) time, O(1) extra space.
func reorderList(head *ListNode) {
	slow, fast := head, head
	for fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	// First half: head..slow (one node longer for odd lengths).
	second := slow.Next
	slow.Next = nil
	var rev *ListNode
	for second != nil {
		next := second.Next
		second.Next = rev
		rev, second = second, next
	}
	for first := head; rev != nil; {
		n1, n2 := first.Next, rev.Next
		first.Next = rev
		rev.Next = n1
		first, rev = n1, n2
	}
}
