//go:build ignore

package main

// Mutant: after the loop it always links the rest of list2, so whatever is
// left of list1 is lost.
func mergeTwoLists(list1 *ListNode, list2 *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for list1 != nil && list2 != nil {
		if list1.Val <= list2.Val {
			tail.Next, list1 = list1, list1.Next
		} else {
			tail.Next, list2 = list2, list2.Next
		}
		tail = tail.Next
	}
	tail.Next = list2
	return dummy.Next
}
