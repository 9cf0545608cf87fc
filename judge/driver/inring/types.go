package inring

// Node is a binary tree node that becomes a list node, as LeetCode
// predefines it for convert-binary-search-tree-to-sorted-doubly-linked-list.
type Node struct {
	Val   int
	Left  *Node
	Right *Node
}
