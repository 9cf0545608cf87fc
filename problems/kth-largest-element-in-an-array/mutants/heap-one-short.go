//go:build ignore

package main

import "container/heap"

// Mutant: min-heap of the largest values, but it pops once the heap reaches
// k instead of once it exceeds k, so it keeps only k-1 values and returns
// the (k-1)-th largest (and pops an empty heap when k = 1).
func findKthLargest(nums []int, k int) int {
	h := &intHeap{}
	for _, v := range nums {
		heap.Push(h, v)
		if h.Len() >= k {
			heap.Pop(h)
		}
	}
	return (*h)[0]
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}
