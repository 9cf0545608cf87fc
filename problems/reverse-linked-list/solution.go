//go:build ignore

package main

// reverseList walks the list once, turning each node's link back towards the
// node before it; the last node visited is the new head.
func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	return prev
}
