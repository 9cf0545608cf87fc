//go:build ignore

package main

// Mutant: returns the list it was given. Its values and pointers are all
// "right", but nothing was copied: the judge refuses a result that reuses
// the input's nodes.
func copyRandomList(head *Node) *Node {
	return head
}
