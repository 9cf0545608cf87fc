//go:build ignore

package main

// Mutant: right for every non-empty tree, but joins the ends without
// checking there are any: an empty tree dereferences nil.
// verdict: runtime_error
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
	prev.Right = head
	head.Left = prev
	return head
}
