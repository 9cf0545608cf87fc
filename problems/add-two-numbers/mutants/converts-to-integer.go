//go:build ignore

package main

// Mutant: turns both lists into machine integers, adds them and turns the sum
// back into digits; numbers of more than 18 digits overflow.
func addTwoNumbers(l1 *ListNode, l2 *ListNode) *ListNode {
	toInt := func(l *ListNode) int {
		n, place := 0, 1
		for ; l != nil; l = l.Next {
			n += l.Val * place
			place *= 10
		}
		return n
	}
	sum := toInt(l1) + toInt(l2)
	dummy := &ListNode{}
	tail := dummy
	for {
		tail.Next = &ListNode{Val: sum % 10}
		tail = tail.Next
		sum /= 10
		if sum == 0 {
			break
		}
	}
	return dummy.Next
}
