//go:build ignore

package main

// Mutant: one pass with a map from original to copy, setting each copy's
// Random as it goes; a random pointer to a node not copied yet (one
// further along) finds nothing in the map and stays nil.
func copyRandomList(head *Node) *Node {
	copies := map[*Node]*Node{}
	dummy := &Node{}
	tail := dummy
	for n := head; n != nil; n = n.Next {
		c := &Node{Val: n.Val}
		copies[n] = c
		if n.Random != nil {
			c.Random = copies[n.Random]
		}
		tail.Next = c
		tail = c
	}
	return dummy.Next
}
