//go:build ignore

package main

// MyCircularQueue is a plain slice: enqueue appends, dequeue copies every
// element one place to the left.
type MyCircularQueue struct {
	k     int
	items []int
}

func Constructor(k int) MyCircularQueue {
	return MyCircularQueue{k: k}
}

func (this *MyCircularQueue) EnQueue(value int) bool {
	if len(this.items) == this.k {
		return false
	}
	this.items = append(this.items, value)
	return true
}

func (this *MyCircularQueue) DeQueue() bool {
	if len(this.items) == 0 {
		return false
	}
	rest := make([]int, len(this.items)-1)
	copy(rest, this.items[1:])
	this.items = rest
	return true
}

func (this *MyCircularQueue) Front() int {
	if len(this.items) == 0 {
		return -1
	}
	return this.items[0]
}

func (this *MyCircularQueue) Rear() int {
	if len(this.items) == 0 {
		return -1
	}
	return this.items[len(this.items)-1]
}

func (this *MyCircularQueue) IsEmpty() bool {
	return len(this.items) == 0
}

func (this *MyCircularQueue) IsFull() bool {
	return len(this.items) == this.k
}
