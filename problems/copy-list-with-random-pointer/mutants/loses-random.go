//go:build ignore

package main

// Mutant: copies the values and the Next chain and forgets Random, so
// every copy's random pointer is nil.
func copyRandomList(head *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for n := head; n != nil; n = n.Next {
		tail.Next = &Node{Val: n.Val}
		tail = tail.Next
	}
	return dummy.Next
}
