//go:build ignore

package main

// Mutant: on equal front values it links one node and advances both lists,
// so every value present in both lists loses a copy.
func mergeTwoLists(list1 *ListNode, list2 *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for list1 != nil && list2 != nil {
		switch {
		case list1.Val < list2.Val:
			tail.Next, list1 = list1, list1.Next
		case list1.Val > list2.Val:
			tail.Next, list2 = list2, list2.Next
		default:
			tail.Next = list1
			list1, list2 = list1.Next, list2.Next
		}
		tail = tail.Next
	}
	if list1 != nil {
		tail.Next = list1
	} else {
		tail.Next = list2
	}
	return dummy.Next
}
