// Package inmain is the driver's code compiled into package main beside
// the user's file: the codecs of the types LeetCode predefines (ListNode,
// TreeNode, Node), which must use the problem's own declarations of them,
// and the generators' tree helpers, which gen.go calls unqualified. The
// driver ships these files with their package clause changed to main;
// being a real package here, they are tested and fuzzed like any other
// code. Every name starts with _j (gen in gentree.go) and every import is
// renamed, so that nothing collides with what a user writes.
package inmain

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
