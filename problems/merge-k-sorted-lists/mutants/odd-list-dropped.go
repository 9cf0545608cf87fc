//go:build ignore

package main

// Mutant: merges the lists in pairs, round after round, but when a round has
// an odd number of lists the last one is never carried into the next round.
func mergeKLists(lists []*ListNode) *ListNode {
	if len(lists) == 0 {
		return nil
	}
	for len(lists) > 1 {
		var next []*ListNode
		for i := 0; i+1 < len(lists); i += 2 {
			next = append(next, mergeTwo(lists[i], lists[i+1]))
		}
		lists = next
	}
	return lists[0]
}

func mergeTwo(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}
