//go:build ignore

package main

import "container/heap"

// Mutant: averages the two middle values with integer division before
// converting to float64, so 1 and 2 give 1 instead of 1.5.
type MedianFinder struct {
	lo maxHeap
	hi minHeap
}

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

type maxHeap struct{ minHeap }

func (h maxHeap) Less(i, j int) bool { return h.minHeap[i] > h.minHeap[j] }

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	if this.lo.Len() == 0 || num <= this.lo.minHeap[0] {
		heap.Push(&this.lo, num)
	} else {
		heap.Push(&this.hi, num)
	}
	if this.lo.Len() > this.hi.Len()+1 {
		heap.Push(&this.hi, heap.Pop(&this.lo))
	} else if this.hi.Len() > this.lo.Len() {
		heap.Push(&this.lo, heap.Pop(&this.hi))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.lo.Len() > this.hi.Len() {
		return float64(this.lo.minHeap[0])
	}
	return float64((this.lo.minHeap[0] + this.hi[0]) / 2)
}
