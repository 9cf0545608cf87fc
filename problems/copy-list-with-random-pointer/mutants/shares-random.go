//go:build ignore

package main

// Mutant: copies every node but sets copy.Random = orig.Random, so the
// copies' random pointers lead back into the original list: a shallow copy.
// Refused on any list with a random pointer.
// No time-limit mutant: with n <= 1000, even the quadratic search for each
// random target's position (brute.go) stays far inside the limits.
func copyRandomList(head *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for n := head; n != nil; n = n.Next {
		tail.Next = &Node{Val: n.Val, Random: n.Random}
		tail = tail.Next
	}
	return dummy.Next
}
