//go:build ignore

package main

import "container/heap"

// Mutant: its loop runs while more than two stones remain, so the last two
// are never smashed and the heavier one is returned.
type stoneHeap []int

func (h stoneHeap) Len() int           { return len(h) }
func (h stoneHeap) Less(i, j int) bool { return h[i] > h[j] }
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
	for h.Len() > 2 {
		y := heap.Pop(&h).(int)
		x := heap.Pop(&h).(int)
		if y > x {
			heap.Push(&h, y-x)
		}
	}
	if h.Len() == 0 {
		return 0
	}
	return h[0]
}
