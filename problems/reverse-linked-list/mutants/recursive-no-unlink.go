//go:build ignore

package main

// Mutant: recursive version that points the next node back at head but never
// clears head.Next, leaving a two-node cycle at the end of the result.
func reverseList(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	newHead := reverseList(head.Next)
	head.Next.Next = head
	return newHead
}
