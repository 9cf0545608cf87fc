//go:build ignore

package main

import "container/heap"

// mergeKLists keeps the current head of every non-empty list in a min-heap
// and repeatedly moves the smallest one to the result: O(N log k).
func mergeKLists(lists []*ListNode) *ListNode {
	h := make(nodeHeap, 0, len(lists))
	for _, l := range lists {
		if l != nil {
			h = append(h, l)
		}
	}
	heap.Init(&h)
	dummy := &ListNode{}
	tail := dummy
	for h.Len() > 0 {
		n := h[0]
		tail.Next = n
		tail = n
		if n.Next != nil {
			h[0] = n.Next
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	tail.Next = nil
	return dummy.Next
}

// nodeHeap is a min-heap of list nodes ordered by value.
type nodeHeap []*ListNode

func (h nodeHeap) Len() int           { return len(h) }
func (h nodeHeap) Less(i, j int) bool { return h[i].Val < h[j].Val }
func (h nodeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)        { *h = append(*h, x.(*ListNode)) }
func (h *nodeHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}
