//go:build ignore

package main

// Mutant: hasNext answers by taking the next value and checking it exists,
// without keeping it for the following next(): every hasNext call silently
// skips a value.
type BSTIterator struct {
	stack []*TreeNode
}

func Constructor(root *TreeNode) BSTIterator {
	it := BSTIterator{}
	it.pushLeft(root)
	return it
}

func (this *BSTIterator) pushLeft(n *TreeNode) {
	for ; n != nil; n = n.Left {
		this.stack = append(this.stack, n)
	}
}

func (this *BSTIterator) pop() *TreeNode {
	if len(this.stack) == 0 {
		return nil
	}
	n := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	this.pushLeft(n.Right)
	return n
}

func (this *BSTIterator) Next() int {
	return this.pop().Val
}

func (this *BSTIterator) HasNext() bool {
	return this.pop() != nil
}
