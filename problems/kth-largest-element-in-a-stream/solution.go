//go:build ignore

package main

import "container/heap"

// kthHeap is a min-heap of ints for container/heap.
type kthHeap []int

func (h kthHeap) Len() int           { return len(h) }
func (h kthHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h kthHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *kthHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *kthHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// KthLargest keeps the k largest numbers seen so far in a min-heap. Its top,
// the smallest of those k, is the k-th largest of the whole stream.
type KthLargest struct {
	k int
	h kthHeap
}

func Constructor(k int, nums []int) KthLargest {
	kl := KthLargest{k: k, h: kthHeap(append([]int(nil), nums...))}
	heap.Init(&kl.h)
	for kl.h.Len() > k {
		heap.Pop(&kl.h)
	}
	return kl
}

func (this *KthLargest) Add(val int) int {
	if this.h.Len() < this.k {
		heap.Push(&this.h, val)
	} else if val > this.h[0] {
		// Replace the smallest kept number and restore the heap order.
		this.h[0] = val
		heap.Fix(&this.h, 0)
	}
	return this.h[0]
}
