//go:build ignore

package main

// reverseKGroup copies the values into a slice, reverses each complete block
// of k in the slice, and builds a fresh list from it.
func reverseKGroup(head *ListNode, k int) *ListNode {
	var vals []int
	for n := head; n != nil; n = n.Next {
		vals = append(vals, n.Val)
	}
	for start := 0; start+k <= len(vals); start += k {
		for i, j := start, start+k-1; i < j; i, j = i+1, j-1 {
			vals[i], vals[j] = vals[j], vals[i]
		}
	}
	dummy := &ListNode{}
	tail := dummy
	for _, v := range vals {
		tail.Next = &ListNode{Val: v}
		tail = tail.Next
	}
	return dummy.Next
}
