//go:build ignore

package main

import "container/heap"

// Mutant: lazy deletion where pop skips elements already taken by popMax,
// but top does not: right after popMax removes the top element, top still
// reports it.
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
	return h[i].id > h[j].id
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

func (this *MaxStack) Pop() int {
	for this.removed[this.stack[len(this.stack)-1].id] {
		this.stack = this.stack[:len(this.stack)-1]
	}
	it := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	this.removed[it.id] = true
	return it.val
}

func (this *MaxStack) Top() int {
	return this.stack[len(this.stack)-1].val
}

func (this *MaxStack) PeekMax() int {
	for this.removed[this.h[0].id] {
		heap.Pop(&this.h)
	}
	return this.h[0].val
}

func (this *MaxStack) PopMax() int {
	for this.removed[this.h[0].id] {
		heap.Pop(&this.h)
	}
	it := heap.Pop(&this.h).(item)
	this.removed[it.id] = true
	return it.val
}
