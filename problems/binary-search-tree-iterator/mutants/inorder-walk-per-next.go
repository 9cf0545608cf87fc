//go:build ignore

package main

// Mutant: counts how many values were returned and, on every call, walks
// the tree in order from the start until it reaches the next one: the k-th
// call costs O(k), O(n^2) for the whole traversal.
// verdict: time_limit_exceeded
type BSTIterator struct {
	root  *TreeNode
	taken int
}

func Constructor(root *TreeNode) BSTIterator {
	return BSTIterator{root: root}
}

// nth returns the node holding the k-th smallest value (from 0), or nil.
func (this *BSTIterator) nth(k int) *TreeNode {
	var stack []*TreeNode
	for n := this.root; n != nil || len(stack) > 0; {
		for ; n != nil; n = n.Left {
			stack = append(stack, n)
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k == 0 {
			return n
		}
		k--
		n = n.Right
	}
	return nil
}

func (this *BSTIterator) Next() int {
	this.taken++
	return this.nth(this.taken - 1).Val
}

func (this *BSTIterator) HasNext() bool {
	return this.nth(this.taken) != nil
}
