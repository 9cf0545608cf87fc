//go:build ignore

package main

/**
 * Definition for a Node.
 * type Node struct {
 *     Val int
 *     Next *Node
 *     Random *Node
 * }
 */

// copyRandomList threads each copy in right after its original, so the
// copy of any node X is X.Next and needs no map: a second pass sets each
// copy's Random to its original's Random.Next, and a third unzips the two
// lists, restoring the original's Next pointers. O(n) time, O(1) extra.
func copyRandomList(head *Node) *Node {
	if head == nil {
		return nil
	}
	for cur := head; cur != nil; cur = cur.Next.Next {
		cur.Next = &Node{Val: cur.Val, Next: cur.Next}
	}
	for cur := head; cur != nil; cur = cur.Next.Next {
		if cur.Random != nil {
			cur.Next.Random = cur.Random.Next
		}
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
