//go:build ignore

package main

// Mutant: at the drop from the largest to the smallest value it only
// accepts x at least the largest, forgetting x at most the smallest, which
// belongs there too: a new minimum lands after the given node instead.
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
		if cur.Val > next.Val && x >= cur.Val {
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
