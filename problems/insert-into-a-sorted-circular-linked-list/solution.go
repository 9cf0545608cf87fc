//go:build ignore

package main

// insert walks the ring from the given node looking at each pair of
// neighbours (cur, cur.Next). x goes between them when it fits in order,
// or when the pair is the one drop in the ring (largest to smallest) and
// x is at least the largest or at most the smallest. A full turn without
// a place means every value is equal, and any place will do. The given
// node is returned; an empty list becomes a ring of the new node alone.
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
	return aNode
}
