//go:build ignore

package main

// removeNthFromEnd starts two pointers at a dummy node in front of head and
// moves the lead n steps ahead; moving both until the lead reaches the last
// node leaves the trailing one just before the node to unlink. One pass, and
// the dummy makes removing the head no special case.
func removeNthFromEnd(head *ListNode, n int) *ListNode {
	dummy := &ListNode{Next: head}
	lead, trail := dummy, dummy
	for i := 0; i < n; i++ {
		lead = lead.Next
	}
	for lead.Next != nil {
		lead, trail = lead.Next, trail.Next
	}
	trail.Next = trail.Next.Next
	return dummy.Next
}
