//go:build ignore

package main

// Mutant: the tail index runs up to k and never wraps around, so once k
// elements have ever been enqueued the queue refuses new ones, however many
// were dequeued since.
type MyCircularQueue struct {
	slots      []int
	head, tail int
}

func Constructor(k int) MyCircularQueue {
	return MyCircularQueue{slots: make([]int, k)}
}

func (this *MyCircularQueue) EnQueue(value int) bool {
	if this.tail == len(this.slots) {
		return false
	}
	this.slots[this.tail] = value
	this.tail++
	return true
}

func (this *MyCircularQueue) DeQueue() bool {
	if this.head == this.tail {
		return false
	}
	this.head++
	return true
}

func (this *MyCircularQueue) Front() int {
	if this.head == this.tail {
		return -1
	}
	return this.slots[this.head]
}

func (this *MyCircularQueue) Rear() int {
	if this.head == this.tail {
		return -1
	}
	return this.slots[this.tail-1]
}

func (this *MyCircularQueue) IsEmpty() bool { return this.head == this.tail }

func (this *MyCircularQueue) IsFull() bool { return this.tail == len(this.slots) }
