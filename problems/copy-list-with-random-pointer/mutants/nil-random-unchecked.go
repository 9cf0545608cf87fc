//go:build ignore

package main

// Mutant: the interleaving method, but the second pass sets
// cur.Next.Random = cur.Random.Next without checking that cur.Random is
// set: a nil random pointer is dereferenced and the program panics.
// verdict: runtime_error
func copyRandomList(head *Node) *Node {
	if head == nil {
		return nil
	}
	for cur := head; cur != nil; cur = cur.Next.Next {
		cur.Next = &Node{Val: cur.Val, Next: cur.Next}
	}
	for cur := head; cur != nil; cur = cur.Next.Next {
		cur.Next.Random = cur.Random.Next
	}
	copyHead := head.Next
	for cur := head; cur != nil; cur = cur.Next {
		cp := cur.Next
		cur.Next = cp.Next
		if cp.Next != nil {
			cp.Next = cp.Next.Next
		}
	}
	return copyHead
}
