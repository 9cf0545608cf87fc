//go:build ignore

package main

import "container/heap"

// Mutant: lazy deletion with a stack and a heap, but the heap breaks ties
// between equal values by the smaller id, so popMax removes the copy of the
// maximum nearest the bottom instead of the one nearest the top.
type MaxStack struct {
	stack   []item
	h       maxHeap
	removed map[int]bool
	next    int
}

type item struct{ val, id int }

type maxHeap []item

func (h maxHeap) Len() int { return len(h) }
func (h maxHeap) Less(i, j int) bool {
	if h[i].val != h[j].val {
		return h[i].val > h[j].val
	}
	return h[i].id < h[j].id
}
func (h maxHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *maxHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *maxHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func Constructor() MaxStack {
	return MaxStack{removed: map[int]bool{}}
}

func (this *MaxStack) Push(x int) {
	it := item{x, this.next}
	this.next++
	this.stack = append(this.stack, it)
	heap.Push(&this.h, it)
}

func (this *MaxStack) clean() {
	for this.removed[this.stack[len(this.stack)-1].id] {
		this.stack = this.stack[:len(this.stack)-1]
	}
	for len(this.h) > 0 && this.removed[this.h[0].id] {
		heap.Pop(&this.h)
	}
}

func (this *MaxStack) Pop() int {
	this.clean()
	it := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	this.removed[it.id] = true
	return it.val
}

func (this *MaxStack) Top() int {
	this.clean()
	return this.stack[len(this.stack)-1].val
}

func (this *MaxStack) PeekMax() int {
	this.clean()
	return this.h[0].val
}

func (this *MaxStack) PopMax() int {
	this.clean()
	it := heap.Pop(&this.h).(item)
	this.removed[it.id] = true
	return it.val
}
