//go:build ignore

package main

// Mutant: loops while cur.Next != nil, so the last node is never linked in
// and the reversed list loses it (and an empty list dereferences nil).
func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	cur := head
	for cur.Next != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	return prev
}
