//go:build ignore

package main

import "container/heap"

// Mutant: keeps every number and, on each add, heapifies all of them and pops
// k-1 times, paying O(n + k log n) per call instead of O(log k).
// verdict: time_limit_exceeded
type maxHeap []int

func (h maxHeap) Len() int           { return len(h) }
func (h maxHeap) Less(i, j int) bool { return h[i] > h[j] }
func (h maxHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *maxHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *maxHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type KthLargest struct {
	k    int
	nums []int
}

func Constructor(k int, nums []int) KthLargest {
	return KthLargest{k: k, nums: append([]int(nil), nums...)}
}

func (this *KthLargest) Add(val int) int {
	this.nums = append(this.nums, val)
	h := maxHeap(append([]int(nil), this.nums...))
	heap.Init(&h)
	for i := 1; i < this.k; i++ {
		heap.Pop(&h)
	}
	return h[0]
}
