//go:build ignore

package main

// Mutant: two pointers started at head with no dummy node, so when n equals
// the length (the head must go) the lead runs off the list and is
// dereferenced.
func removeNthFromEnd(head *ListNode, n int) *ListNode {
	lead, trail := head, head
	for i := 0; i < n; i++ {
		lead = lead.Next
	}
	for lead.Next != nil {
		lead, trail = lead.Next, trail.Next
	}
	trail.Next = trail.Next.Next
	return head
}
