//go:build ignore

package main

import "container/heap"

// MedianFinder splits the numbers seen so far into two heaps: a max-heap with
// the smaller half and a min-heap with the larger half, the lower half holding
// at most one extra element. The median is read off the tops in O(1); each
// addNum costs O(log n).
type MedianFinder struct {
	lower medianHeap // max-heap (values stored negated)
	upper medianHeap // min-heap
}

type medianHeap []int

func (h medianHeap) Len() int           { return len(h) }
func (h medianHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h medianHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *medianHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *medianHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	// Route through the lower half so that every element of lower stays <=
	// every element of upper, then rebalance the sizes.
	heap.Push(&this.lower, -num)
	heap.Push(&this.upper, -heap.Pop(&this.lower).(int))
	if this.upper.Len() > this.lower.Len() {
		heap.Push(&this.lower, -heap.Pop(&this.upper).(int))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.lower.Len() > this.upper.Len() {
		return float64(-this.lower[0])
	}
	return float64(-this.lower[0]+this.upper[0]) / 2
}
