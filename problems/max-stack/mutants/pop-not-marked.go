//go:build ignore

package main

import "container/heap"

// Mutant: popMax marks its element removed so the stack skips it, but pop
// does not mark its own, so the heap keeps elements that were popped and
// peekMax or popMax can return a value no longer on the stack.
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

func (this *MaxStack) cleanStack() {
	for this.removed[this.stack[len(this.stack)-1].id] {
		this.stack = this.stack[:len(this.stack)-1]
	}
}

func (this *MaxStack) Pop() int {
	this.cleanStack()
	it := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	return it.val
}

func (this *MaxStack) Top() int {
	this.cleanStack()
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
