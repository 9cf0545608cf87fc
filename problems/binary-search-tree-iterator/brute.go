//go:build ignore

package main

import "sort"

// BSTIterator copies every value in the tree (in level order, ignoring the
// search-tree order altogether), sorts them, and hands them out one by one.
type BSTIterator struct {
	vals []int
	next int
}

func Constructor(root *TreeNode) BSTIterator {
	var vals []int
	for queue := []*TreeNode{root}; len(queue) > 0; queue = queue[1:] {
		if n := queue[0]; n != nil {
			vals = append(vals, n.Val)
			queue = append(queue, n.Left, n.Right)
		}
	}
	sort.Ints(vals)
	return BSTIterator{vals: vals}
}

func (this *BSTIterator) Next() int {
	this.next++
	return this.vals[this.next-1]
}

func (this *BSTIterator) HasNext() bool {
	return this.next < len(this.vals)
}
