// message: the input head was changed
// A deep copy woven into the original list, its random pointers set, the
// copy returned without restoring the original's Next pointers.
func copyRandomList(head *Node) *Node {
	if head == nil {
		return nil
	}
	for n := head; n != nil; n = n.Next.Next {
		n.Next = &Node{Val: n.Val, Next: n.Next}
	}
	for n := head; n != nil; n = n.Next.Next {
		if n.Random != nil {
			n.Next.Random = n.Random.Next
		}
	}
	copyHead := head.Next
	for c := copyHead; c.Next != nil; c = c.Next {
		c.Next = c.Next.Next
	}
	return copyHead
}
