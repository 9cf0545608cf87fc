//go:build ignore

package main

// Mutant: Front and Rear read their slot even when the queue is empty,
// returning a stale value or 0 instead of -1.
type MyCircularQueue struct {
	slots       []int
	head, count int
}

func Constructor(k int) MyCircularQueue {
	return MyCircularQueue{slots: make([]int, k)}
}

func (this *MyCircularQueue) EnQueue(value int) bool {
	if this.count == len(this.slots) {
		return false
	}
	this.slots[(this.head+this.count)%len(this.slots)] = value
	this.count++
	return true
}

func (this *MyCircularQueue) DeQueue() bool {
	if this.count == 0 {
		return false
	}
	this.head = (this.head + 1) % len(this.slots)
	this.count--
	return true
}

func (this *MyCircularQueue) Front() int {
	return this.slots[this.head]
}

func (this *MyCircularQueue) Rear() int {
	k := len(this.slots)
	return this.slots[(this.head+this.count-1+k)%k]
}

func (this *MyCircularQueue) IsEmpty() bool { return this.count == 0 }

func (this *MyCircularQueue) IsFull() bool { return this.count == len(this.slots) }
