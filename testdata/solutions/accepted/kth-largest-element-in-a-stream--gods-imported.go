package main

import (
	"github.com/emirpasic/gods/queues/priorityqueue"
	"github.com/emirpasic/gods/utils"
)

// github.com/emirpasic/gods imported explicitly, as an answer copied from
// a local module would: a min-priority queue capped at k entries.
type KthLargest struct {
	k int
	q *priorityqueue.Queue
}

func Constructor(k int, nums []int) KthLargest {
	kl := KthLargest{k: k, q: priorityqueue.NewWith(utils.IntComparator)}
	for _, v := range nums {
		kl.Add(v)
	}
	return kl
}

func (this *KthLargest) Add(val int) int {
	this.q.Enqueue(val)
	if this.q.Size() > this.k {
		this.q.Dequeue()
	}
	top, _ := this.q.Peek()
	return top.(int)
}
