//go:build ignore

package main

// Mutant: an explicit-stack traversal that pops a node and pushes its right
// then its left child: that is pre-order, so the root comes out before the
// smaller values of its left subtree.
type BSTIterator struct {
	stack []*TreeNode
}

func Constructor(root *TreeNode) BSTIterator {
	it := BSTIterator{}
	if root != nil {
		it.stack = append(it.stack, root)
	}
	return it
}

func (this *BSTIterator) Next() int {
	n := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	if n.Right != nil {
		this.stack = append(this.stack, n.Right)
	}
	if n.Left != nil {
		this.stack = append(this.stack, n.Left)
	}
	return n.Val
}

func (this *BSTIterator) HasNext() bool {
	return len(this.stack) > 0
}
