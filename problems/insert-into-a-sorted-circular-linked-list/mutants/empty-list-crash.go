//go:build ignore

package main

// Mutant: right for every non-empty list, but never checks for an empty
// one and reads the given node's Next through nil.
// verdict: runtime_error
func insert(aNode *Node, x int) *Node {
	node := &Node{Val: x}
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
	return aNode
}
