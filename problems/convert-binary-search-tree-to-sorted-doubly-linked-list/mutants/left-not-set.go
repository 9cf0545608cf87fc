//go:build ignore

package main

// Mutant: threads Right through the nodes in order and closes the ring,
// but only ever sets Right: each node's Left is still its tree child, not
// the node before it.
// verdict: wrong_answer
func treeToDoublyList(root *Node) *Node {
	if root == nil {
		return nil
	}
	var head, prev *Node
	var visit func(n *Node)
	visit = func(n *Node) {
		if n == nil {
			return
		}
		visit(n.Left)
		if prev == nil {
			head = n
		} else {
			prev.Right = n
		}
		prev = n
		visit(n.Right)
	}
	visit(root)
	prev.Right = head
	head.Left = prev
	return head
}
