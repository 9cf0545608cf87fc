//go:build ignore

package main

// Mutant: links the nodes in pre-order (a node before its subtrees),
// saving both children before overwriting them, and closes the ring: the
// list is well formed but not sorted, since pre-order is not the order of
// a search tree's values.
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
		l, r := n.Left, n.Right
		if prev == nil {
			head = n
		} else {
			prev.Right = n
			n.Left = prev
		}
		prev = n
		visit(l)
		visit(r)
	}
	visit(root)
	prev.Right = head
	head.Left = prev
	return head
}
