//go:build ignore

package main

// treeToDoublyList walks the tree in order, which meets the values from
// the smallest up, and links each node to the one met before it: Left
// points back, Right forward. A node's Left is overwritten only after its
// left subtree is done, and its Right only after the traversal has moved
// into its right subtree, so no pointer is changed before it is followed.
// Finally the last node and the first are joined into a ring.
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
	return head
}
