//go:build ignore

package main

// Mutant: adds while both lists have digits, then links the rest of the
// longer list, adding the carry to its first digit only instead of letting it
// ripple on (99 + 1 leaves a "digit" 10).
func addTwoNumbers(l1 *ListNode, l2 *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	carry := 0
	for l1 != nil && l2 != nil {
		sum := l1.Val + l2.Val + carry
		tail.Next = &ListNode{Val: sum % 10}
		tail = tail.Next
		carry = sum / 10
		l1, l2 = l1.Next, l2.Next
	}
	rest := l1
	if rest == nil {
		rest = l2
	}
	if rest != nil {
		rest.Val += carry
		tail.Next = rest
	} else if carry > 0 {
		tail.Next = &ListNode{Val: carry}
	}
	return dummy.Next
}
