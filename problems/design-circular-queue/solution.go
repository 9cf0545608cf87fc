//go:build ignore

package main

// MyCircularQueue stores the elements in a ring of k slots: the front one
// at head, the i-th one at (head + i) % k. The count tells an empty queue
// from a full one, which the two ends alone cannot.
type MyCircularQueue struct {
	slots       []int
	head, count int
}

func Constructor(k int) MyCircularQueue {
	return MyCircularQueue{slots: make([]int, k)}
}

func (this *MyCircularQueue) EnQueue(value int) bool {
	if this.IsFull() {
		return false
	}
	this.slots[(this.head+this.count)%len(this.slots)] = value
	this.count++
	return true
}

func (this *MyCircularQueue) DeQueue() bool {
	if this.IsEmpty() {
		return false
	}
	this.head = (this.head + 1) % len(this.slots)
	this.count--
	return true
}

func (this *MyCircularQueue) Front() int {
	if this.IsEmpty() {
		return -1
	}
	return this.slots[this.head]
}

func (this *MyCircularQueue) Rear() int {
	if this.IsEmpty() {
		return -1
	}
	return this.slots[(this.head+this.count-1)%len(this.slots)]
}

func (this *MyCircularQueue) IsEmpty() bool {
	return this.count == 0
}

func (this *MyCircularQueue) IsFull() bool {
	return this.count == len(this.slots)
}
