//go:build ignore

package main

// Mutant: folds the lists one by one into lists[0] without checking that
// there is a first list, so k = 0 indexes past the end.
func mergeKLists(lists []*ListNode) *ListNode {
	res := lists[0]
	for _, l := range lists[1:] {
		res = mergeTwo(res, l)
	}
	return res
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
