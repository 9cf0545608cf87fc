//go:build ignore

package main

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

// msHeap is a binary max-heap on (val, id), kept in a slice.
type msHeap []msItem

func (a msItem) above(b msItem) bool {
	return a.val > b.val || a.val == b.val && a.id > b.id
}

func (h *msHeap) push(it msItem) {
	*h = append(*h, it)
	a := *h
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if !a[i].above(a[p]) {
			break
		}
		a[i], a[p] = a[p], a[i]
		i = p
	}
}

func (h *msHeap) pop() msItem {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(a) {
			break
		}
		if c+1 < len(a) && a[c+1].above(a[c]) {
			c++
		}
		if !a[c].above(a[i]) {
			break
		}
		a[i], a[c] = a[c], a[i]
		i = c
	}
	*h = a
	return top
}

func Constructor() MaxStack {
	return MaxStack{}
}

func (this *MaxStack) Push(x int) {
	it := msItem{val: x, id: len(this.removed)}
	this.removed = append(this.removed, false)
	this.stack = append(this.stack, it)
	this.heap.push(it)
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
		this.heap.pop()
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
	it := this.heap.pop()
	this.removed[it.id] = true
	return it.val
}
