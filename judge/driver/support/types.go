package support

// The types LeetCode predefines, for this package's own tests. The judged
// program gets them from the driver, or from the user's file.

// ListNode is a singly-linked list node.
type ListNode struct {
	Val  int
	Next *ListNode
}

// TreeNode is a binary tree node.
type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// Node is an undirected graph node.
type Node struct {
	Val       int
	Neighbors []*Node
}
