//go:build ignore

package main

// Mutant: links each reversed group to the next group's old first node
// before that group is reversed, so the stitched list skips nodes.
func reverseKGroup(head *ListNode, k int) *ListNode {
	var newHead *ListNode
	cur := head
	for {
		check := cur
		for i := 0; i < k && check != nil; i++ {
			check = check.Next
		}
		if cur == nil || (check == nil && countFrom(cur) < k) {
			break
		}
		first := cur
		var back *ListNode
		for i := 0; i < k; i++ {
			next := cur.Next
			cur.Next = back
			back, cur = cur, next
		}
		if newHead == nil {
			newHead = back
		}
		first.Next = cur
	}
	if newHead == nil {
		return head
	}
	return newHead
}

func countFrom(n *ListNode) int {
	c := 0
	for ; n != nil; n = n.Next {
		c++
	}
	return c
}
