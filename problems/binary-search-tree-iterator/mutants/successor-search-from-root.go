//go:build ignore

package main

// Mutant: remembers only the last value returned and finds the next one by
// searching down from the root for the smallest larger value. O(1) memory,
// but each call costs the tree's height: on a chain of 10^5 nodes that is
// O(n) per call and O(n^2) in all.
// verdict: time_limit_exceeded
type BSTIterator struct {
	root    *TreeNode
	last    int
	started bool
}

func Constructor(root *TreeNode) BSTIterator {
	return BSTIterator{root: root}
}

// successor is the node with the smallest value above the last one
// returned (the smallest value of all before the first call), or nil.
func (this *BSTIterator) successor() *TreeNode {
	var best *TreeNode
	for n := this.root; n != nil; {
		if !this.started || n.Val > this.last {
			best = n
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return best
}

func (this *BSTIterator) Next() int {
	n := this.successor()
	this.last, this.started = n.Val, true
	return n.Val
}

func (this *BSTIterator) HasNext() bool {
	return this.successor() != nil
}
