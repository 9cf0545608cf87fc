//go:build ignore

package main

import "container/heap"

// Mutant: uses container/heap with Less as h[i] < h[j], a min-heap, so each
// round smashes the two lightest stones instead of the two heaviest.
type stoneHeap []int

func (h stoneHeap) Len() int           { return len(h) }
func (h stoneHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h stoneHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *stoneHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *stoneHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func lastStoneWeight(stones []int) int {
	h := stoneHeap(append([]int(nil), stones...))
	heap.Init(&h)
	for h.Len() > 1 {
		a := heap.Pop(&h).(int)
		b := heap.Pop(&h).(int)
		if a != b {
			heap.Push(&h, max(a, b)-min(a, b))
		}
	}
	if h.Len() == 0 {
		return 0
	}
	return h[0]
}
