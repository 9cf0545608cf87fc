//go:build ignore

package main

// Mutant: compares strictly, cur.Val < x < next.Val and, at the drop,
// x > largest or x < smallest: a value equal to the largest (or the
// smallest) fits nowhere, and after a full turn lands after the given
// node, out of order.
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
		if cur.Val < x && x < next.Val {
			break
		}
		if cur.Val > next.Val && (x > cur.Val || x < next.Val) {
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
