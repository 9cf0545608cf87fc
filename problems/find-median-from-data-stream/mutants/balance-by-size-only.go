//go:build ignore

package main

import "container/heap"

// Mutant: alternates new numbers between the two heaps purely by size, never
// comparing them with the heap tops, so the "smaller half" heap can end up
// holding large values.
type MedianFinder struct {
	lo, hi *intHeap
}

type intHeap struct {
	data []int
	max  bool
}

func (h intHeap) Len() int { return len(h.data) }
func (h intHeap) Less(i, j int) bool {
	if h.max {
		return h.data[i] > h.data[j]
	}
	return h.data[i] < h.data[j]
}
func (h intHeap) Swap(i, j int) { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *intHeap) Push(x any)   { h.data = append(h.data, x.(int)) }
func (h *intHeap) Pop() any {
	x := h.data[len(h.data)-1]
	h.data = h.data[:len(h.data)-1]
	return x
}

func Constructor() MedianFinder {
	return MedianFinder{lo: &intHeap{max: true}, hi: &intHeap{}}
}

func (this *MedianFinder) AddNum(num int) {
	if this.lo.Len() == this.hi.Len() {
		heap.Push(this.lo, num)
	} else {
		heap.Push(this.hi, num)
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.lo.Len() > this.hi.Len() {
		return float64(this.lo.data[0])
	}
	return float64(this.lo.data[0]+this.hi.data[0]) / 2
}
