//go:build ignore

package main

// Mutant: builds the ring correctly but returns the old root, which is
// somewhere in the middle of the list, instead of the smallest node.
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
			n.Left = prev
		}
		prev = n
		visit(n.Right)
	}
	visit(root)
	prev.Right = head
	head.Left = prev
	return root
}
