//go:build ignore

package main

// Mutant: links the nodes in order, both ways, but never joins the last
// node back to the first: the list is doubly linked but not circular.
// verdict: wrong_answer
func treeToDoublyList(root *Node) *Node {
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
			n.Left = prev
		}
		prev = n
		visit(n.Right)
	}
	visit(root)
	return head
}
