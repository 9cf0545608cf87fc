//go:build ignore

package main

// Mutant: reads the rear at (head + count) % k, the slot the next element
// will go into, instead of the one before it.
//
// No time_limit_exceeded mutant: with k <= 1000 and at most 3000 calls,
// even shifting the whole array on every dequeue (O(k) per call) takes
// milliseconds, so no slower class can fail at these limits.
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
	if this.count == 0 {
		return -1
	}
	return this.slots[this.head]
}

func (this *MyCircularQueue) Rear() int {
	if this.count == 0 {
		return -1
	}
	return this.slots[(this.head+this.count)%len(this.slots)]
}

func (this *MyCircularQueue) IsEmpty() bool { return this.count == 0 }

func (this *MyCircularQueue) IsFull() bool { return this.count == len(this.slots) }
