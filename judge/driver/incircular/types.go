package incircular

// Node is a circular list's node, as LeetCode predefines it for
// insert-into-a-sorted-circular-linked-list.
type Node struct {
	Val  int
	Next *Node
}
