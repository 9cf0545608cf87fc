//go:build ignore

package main

// Mutant: reverses the links correctly but returns the original head, which
// is now the tail of the reversed list.
func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	return head
}
