//go:build ignore

package main

// Mutant: cuts the list just before the node the slow pointer stops on, so
// for odd lengths the middle node goes into the second half, which is then
// one node longer; the weave stops when the first half runs out and drops
// the middle node.
func reorderList(head *ListNode) {
	var prev *ListNode
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		prev, slow, fast = slow, slow.Next, fast.Next.Next
	}
	if prev == nil {
		return
	}
	prev.Next = nil
	var rev *ListNode
	for slow != nil {
		next := slow.Next
		slow.Next = rev
		rev, slow = slow, next
	}
	for first := head; first != nil && rev != nil; {
		n1, n2 := first.Next, rev.Next
		first.Next = rev
		rev.Next = n1
		first, rev = n1, n2
	}
}
