//go:build ignore

package main

// Mutant: reverses the last block even when it has fewer than k nodes.
func reverseKGroup(head *ListNode, k int) *ListNode {
	dummy := &ListNode{Next: head}
	prev := dummy
	for prev.Next != nil {
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
	return dummy.Next
}
