//go:build ignore

package main

import "container/heap"

// Mutant: trims the heap to k numbers when it is built but never after an
// add, so it slowly fills with every number and its top drifts to the
// smallest of the stream.
type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type KthLargest struct {
	k int
	h minHeap
}

func Constructor(k int, nums []int) KthLargest {
	kl := KthLargest{k: k, h: minHeap(append([]int(nil), nums...))}
	heap.Init(&kl.h)
	for kl.h.Len() > k {
		heap.Pop(&kl.h)
	}
	return kl
}

func (this *KthLargest) Add(val int) int {
	heap.Push(&this.h, val)
	return this.h[0]
}
