//go:build ignore

package main

// Mutant: finds a random target's copy by its value, through a map from
// value to copy. Values repeat, so the map keeps the last copy with each
// value and random pointers to an earlier duplicate land on the wrong node.
func copyRandomList(head *Node) *Node {
	byVal := map[int]*Node{}
	dummy := &Node{}
	tail := dummy
	for n := head; n != nil; n = n.Next {
		tail.Next = &Node{Val: n.Val}
		tail = tail.Next
		byVal[n.Val] = tail
	}
	cp := dummy.Next
	for n := head; n != nil; n, cp = n.Next, cp.Next {
		if n.Random != nil {
			cp.Random = byVal[n.Random.Val]
		}
	}
	return dummy.Next
}
