//go:build ignore

package main

// Mutant: after popping a node, pushes only its right child instead of the
// right child's whole left spine, so the right subtree's smallest values
// come out after larger ones.
type BSTIterator struct {
	stack []*TreeNode
}

func Constructor(root *TreeNode) BSTIterator {
	it := BSTIterator{}
	for n := root; n != nil; n = n.Left {
		it.stack = append(it.stack, n)
	}
	return it
}

func (this *BSTIterator) Next() int {
	n := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	if n.Right != nil {
		this.stack = append(this.stack, n.Right)
	}
	return n.Val
}

func (this *BSTIterator) HasNext() bool {
	return len(this.stack) > 0
}
