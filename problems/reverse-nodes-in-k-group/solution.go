//go:build ignore

package main

// reverseKGroup walks the list group by group. prev is the node just before
// the current group (a dummy at first). If k nodes lie ahead, they are
// reversed in place and stitched between prev and the rest; the group's old
// first node is now its last and becomes prev for the next group.
func reverseKGroup(head *ListNode, k int) *ListNode {
	dummy := &ListNode{Next: head}
	prev := dummy
	for {
		// Is there a full group after prev?
		end := prev
		for i := 0; i < k && end != nil; i++ {
			end = end.Next
		}
		if end == nil {
			return dummy.Next
		}
		first, after := prev.Next, end.Next
		// Reverse first..end, pointing first at after.
		back, cur := after, first
		for cur != after {
			next := cur.Next
			cur.Next = back
			back, cur = cur, next
		}
		prev.Next = end
		prev = first
	}
}
