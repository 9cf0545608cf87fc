//go:build ignore

package main

// Mutant: handles the in-order pair and the drop, but never stops after a
// full turn: when every value is equal and x differs, no pair ever
// qualifies and the walk goes round forever. Expected verdict:
// time_limit_exceeded on such a test (left undeclared: a loop that never
// ends has no complexity class for the ladder to measure).
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
	}
	node.Next = cur.Next
	cur.Next = node
	return aNode
}
