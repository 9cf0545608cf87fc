//go:build ignore

package main

// Mutant: inserts at a right place but returns the new node instead of
// the node it was given, so the ring is read from the wrong start.
// verdict: wrong_answer
func insert(aNode *Node, x int) *Node {
	node := &Node{Val: x}
	if aNode == nil {
		node.Next = node
		return node
	}
	cur := aNode
	for {
		next := cur.Next
		if cur.Val <= x && x <= next.Val {
			break
		}
		if cur.Val > next.Val && (x >= cur.Val || x <= next.Val) {
			break
		}
		cur = next
		if cur == aNode {
			break
		}
	}
	node.Next = cur.Next
	cur.Next = node
	return node
}
