//go:build ignore

package main

// Mutant: checks only k - 1 nodes ahead before reversing, so a final block of
// exactly k - 1 nodes is reversed too.
func reverseKGroup(head *ListNode, k int) *ListNode {
	dummy := &ListNode{Next: head}
	prev := dummy
	for {
		end := prev.Next
		for i := 1; i < k-1 && end != nil; i++ {
			end = end.Next
		}
		if end == nil || prev.Next == nil {
			return dummy.Next
		}
		first := prev.Next
		var back *ListNode
		cur := first
		for i := 0; i < k && cur != nil; i++ {
			next := cur.Next
			cur.Next = back
			back, cur = cur, next
		}
		prev.Next = back
		first.Next = cur
		prev = first
	}
}
