//go:build ignore

package main

import "container/heap"

// Mutant: puts every list head into the heap without skipping empty lists,
// so a nil head is dereferenced as soon as one list is empty.
func mergeKLists(lists []*ListNode) *ListNode {
	h := make(minHeap, 0, len(lists))
	for _, l := range lists {
		h = append(h, l)
	}
	heap.Init(&h)
	dummy := &ListNode{}
	tail := dummy
	for h.Len() > 0 {
		n := heap.Pop(&h).(*ListNode)
		tail.Next = n
		tail = n
		if n.Next != nil {
			heap.Push(&h, n.Next)
		}
	}
	return dummy.Next
}

type minHeap []*ListNode

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].Val < h[j].Val }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(*ListNode)) }
func (h *minHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}
