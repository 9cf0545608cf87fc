//go:build ignore

package main

// Mutant: finds the value of the n-th node from the end, then deletes the
// first node holding that value, which is the wrong node when values repeat.
func removeNthFromEnd(head *ListNode, n int) *ListNode {
	var vals []int
	for p := head; p != nil; p = p.Next {
		vals = append(vals, p.Val)
	}
	target := vals[len(vals)-n]
	dummy := &ListNode{Next: head}
	for p := dummy; p.Next != nil; p = p.Next {
		if p.Next.Val == target {
			p.Next = p.Next.Next
			break
		}
	}
	return dummy.Next
}
