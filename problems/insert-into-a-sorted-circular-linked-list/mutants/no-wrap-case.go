//go:build ignore

package main

// Mutant: only looks for neighbours with cur.Val <= x <= next.Val; a value
// above the largest or below the smallest never fits such a pair, so after
// a full turn it is put straight after the given node, out of order.
// verdict: wrong_answer
func insert(aNode *Node, x int) *Node {
	node := &Node{Val: x}
	if aNode == nil {
		node.Next = node
		return node
	}
	cur := aNode
	for {
		if cur.Val <= x && x <= cur.Next.Val {
			break
		}
		cur = cur.Next
		if cur == aNode {
			break
		}
	}
	node.Next = cur.Next
	cur.Next = node
	return aNode
}
