//go:build ignore

package main

import "container/heap"

// Mutant: drops a new value that is not larger than the heap's top even while
// the heap still holds fewer than k numbers, so a stream that starts short of
// k numbers loses values it needed.
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
	if this.h.Len() == 0 || val > this.h[0] {
		heap.Push(&this.h, val)
		if this.h.Len() > this.k {
			heap.Pop(&this.h)
		}
	}
	return this.h[0]
}
