//go:build ignore

package main

// MinStack stores, next to every value, the smallest value at or below it in
// the stack. The top entry therefore always knows the current minimum, and a
// pop restores the previous minimum for free. All operations are O(1).
type MinStack struct {
	items []minStackItem
}

type minStackItem struct {
	val, min int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	m := val
	if n := len(this.items); n > 0 && this.items[n-1].min < m {
		m = this.items[n-1].min
	}
	this.items = append(this.items, minStackItem{val, m})
}

func (this *MinStack) Pop() {
	this.items = this.items[:len(this.items)-1]
}

func (this *MinStack) Top() int {
	return this.items[len(this.items)-1].val
}

func (this *MinStack) GetMin() int {
	return this.items[len(this.items)-1].min
}
