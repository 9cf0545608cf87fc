//go:build ignore

package main

type MyCircularQueue struct {
}

func Constructor(k int) MyCircularQueue {
	return MyCircularQueue{}
}

func (this *MyCircularQueue) EnQueue(value int) bool {
	return false
}

func (this *MyCircularQueue) DeQueue() bool {
	return false
}

func (this *MyCircularQueue) Front() int {
	return 0
}

func (this *MyCircularQueue) Rear() int {
	return 0
}

func (this *MyCircularQueue) IsEmpty() bool {
	return false
}

func (this *MyCircularQueue) IsFull() bool {
	return false
}

/**
 * Your MyCircularQueue object will be instantiated and called as such:
 * obj := Constructor(k);
 * param_1 := obj.EnQueue(value);
 * param_2 := obj.DeQueue();
 * param_3 := obj.Front();
 * param_4 := obj.Rear();
 * param_5 := obj.IsEmpty();
 * param_6 := obj.IsFull();
 */
