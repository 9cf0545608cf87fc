//go:build ignore

package main

import "container/heap"

// MaxStack keeps every element twice: in a stack (push order) and in a
// max-heap ordered by (value, id), where ids grow with every push so that
// among equal values the one nearest the top wins. Removing an element
// through one structure only marks its id; the other structure drops marked
// elements when they surface at its top. Each element is pushed and dropped
// once per structure, so every call is O(log n) amortised (top O(1)).
type MaxStack struct {
	stack   []msItem
	heap    msHeap
	removed []bool // by id
}

type msItem struct{ val, id int }

// msHeap is a max-heap on (val, id).
type msHeap []msItem

func (h msHeap) Len() int { return len(h) }
func (h msHeap) Less(i, j int) bool {
	if h[i].val != h[j].val {
		return h[i].val > h[j].val
	}
	return h[i].id > h[j].id
}
func (h msHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *msHeap) Push(x any)   { *h = append(*h, x.(msItem)) }
func (h *msHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func Constructor() MaxStack {
	return MaxStack{}
}

func (this *MaxStack) Push(x int) {
	it := msItem{val: x, id: len(this.removed)}
	this.removed = append(this.removed, false)
	this.stack = append(this.stack, it)
	heap.Push(&this.heap, it)
}

// cleanStack drops elements already taken by popMax off the stack's top.
func (this *MaxStack) cleanStack() {
	for this.removed[this.stack[len(this.stack)-1].id] {
		this.stack = this.stack[:len(this.stack)-1]
	}
}

// cleanHeap drops elements already taken by pop off the heap's top.
func (this *MaxStack) cleanHeap() {
	for this.removed[this.heap[0].id] {
		heap.Pop(&this.heap)
	}
}

func (this *MaxStack) Pop() int {
	this.cleanStack()
	it := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	this.removed[it.id] = true
	return it.val
}

func (this *MaxStack) Top() int {
	this.cleanStack()
	return this.stack[len(this.stack)-1].val
}

func (this *MaxStack) PeekMax() int {
	this.cleanHeap()
	return this.heap[0].val
}

func (this *MaxStack) PopMax() int {
	this.cleanHeap()
	it := heap.Pop(&this.heap).(msItem)
	this.removed[it.id] = true
	return it.val
}
