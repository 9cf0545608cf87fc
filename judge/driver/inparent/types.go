package inparent

// Node is a binary tree node with a parent pointer, as LeetCode predefines
// it for lowest-common-ancestor-of-a-binary-tree-iii.
type Node struct {
	Val    int
	Left   *Node
	Right  *Node
	Parent *Node
}
