//go:build ignore

package main

// BSTIterator is an in-order traversal paused between values. The stack
// holds the nodes whose value is still to come and whose left subtree is
// already done (or being walked): the next value is always on top. Popping
// a node and pushing its right child's left spine keeps that true, so each
// node is pushed and popped once: O(1) amortized per call, and the stack
// never holds more than one path, O(h).
type BSTIterator struct {
	stack []*TreeNode
}

func Constructor(root *TreeNode) BSTIterator {
	it := BSTIterator{}
	it.pushLeft(root)
	return it
}

// pushLeft pushes n and every left descendant below it.
func (this *BSTIterator) pushLeft(n *TreeNode) {
	for ; n != nil; n = n.Left {
		this.stack = append(this.stack, n)
	}
}

func (this *BSTIterator) Next() int {
	n := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	this.pushLeft(n.Right)
	return n.Val
}

func (this *BSTIterator) HasNext() bool {
	return len(this.stack) > 0
}
