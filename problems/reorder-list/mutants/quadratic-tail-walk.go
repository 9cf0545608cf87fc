//go:build ignore

package main

// Mutant: for every front node, walks to the end of the list to detach the
// last node and splice it in: correct, but O(n^2).
func reorderList(head *ListNode) {
	for cur := head; cur != nil && cur.Next != nil && cur.Next.Next != nil; {
		prev := cur
		for prev.Next.Next != nil {
			prev = prev.Next
		}
		last := prev.Next
		prev.Next = nil
		last.Next = cur.Next
		cur.Next = last
		cur = last.Next
	}
}
