//go:build ignore

package main

import "container/heap"

// stoneHeap is a max-heap of weights for container/heap: Less puts the
// heavier stone first.
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

// lastStoneWeight simulates the rounds with a max-heap: pop the two heaviest
// stones, push back what is left of the heavier one, if anything, and stop
// when at most one stone remains.
func lastStoneWeight(stones []int) int {
	h := stoneHeap(append([]int(nil), stones...))
	heap.Init(&h)
	for h.Len() > 1 {
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
