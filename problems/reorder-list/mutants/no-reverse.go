//go:build ignore

package main

// Mutant: cuts the list in the middle and weaves the halves, but forgets to
// reverse the second half, giving L0, Lm, L1, Lm+1, ...
func reorderList(head *ListNode) {
	slow, fast := head, head
	for fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	second := slow.Next
	slow.Next = nil
	for first := head; second != nil; {
		n1, n2 := first.Next, second.Next
		first.Next = second
		second.Next = n1
		first, second = n1, n2
	}
}
