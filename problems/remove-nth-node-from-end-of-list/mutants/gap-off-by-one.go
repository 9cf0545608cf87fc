//go:build ignore

package main

// Mutant: walks the lead pointer off the end (lead != nil instead of
// lead.Next != nil), so the trailing pointer stops on the target itself and
// the node after it is removed (n = 1 dereferences the nil after the tail).
func removeNthFromEnd(head *ListNode, n int) *ListNode {
	dummy := &ListNode{Next: head}
	lead, trail := dummy, dummy
	for i := 0; i < n; i++ {
		lead = lead.Next
	}
	for lead != nil {
		lead, trail = lead.Next, trail.Next
	}
	trail.Next = trail.Next.Next
	return dummy.Next
}
