//go:build ignore

package main

import "container/heap"

// Mutant: routes each number to the correct half but only rebalances when the
// lower half grows too big; numbers that keep landing in the upper half make
// it the larger heap, and the median is still read from the lower one.
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
	if this.lo.Len() == 0 || num <= this.lo.data[0] {
		heap.Push(this.lo, num)
	} else {
		heap.Push(this.hi, num)
	}
	if this.lo.Len() > this.hi.Len()+1 {
		heap.Push(this.hi, heap.Pop(this.lo))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.lo.Len() > this.hi.Len() {
		return float64(this.lo.data[0])
	}
	return float64(this.lo.data[0]+this.hi.data[0]) / 2
}
