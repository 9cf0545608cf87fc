//go:build ignore

package main

// Mutant: keeps only a head and a tail index and, to tell full from empty,
// calls the queue full when the tail is one slot behind the head, so a
// queue of k slots holds only k - 1 elements (and a queue of one slot
// holds none).
type MyCircularQueue struct {
	slots      []int
	head, tail int
}

func Constructor(k int) MyCircularQueue {
	return MyCircularQueue{slots: make([]int, k)}
}

func (this *MyCircularQueue) EnQueue(value int) bool {
	if this.IsFull() {
		return false
	}
	this.slots[this.tail] = value
	this.tail = (this.tail + 1) % len(this.slots)
	return true
}

func (this *MyCircularQueue) DeQueue() bool {
	if this.IsEmpty() {
		return false
	}
	this.head = (this.head + 1) % len(this.slots)
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
	return this.slots[(this.tail-1+len(this.slots))%len(this.slots)]
}

func (this *MyCircularQueue) IsEmpty() bool { return this.head == this.tail }

func (this *MyCircularQueue) IsFull() bool {
	return (this.tail+1)%len(this.slots) == this.head
}
