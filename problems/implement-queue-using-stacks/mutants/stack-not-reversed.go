//go:build ignore

package main

// Mutant: keeps a single slice and pops from its end, which makes it a
// stack (last in, first out) instead of a queue.
type MyQueue struct {
	data []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	this.data = append(this.data, x)
}

func (this *MyQueue) Pop() int {
	n := len(this.data) - 1
	x := this.data[n]
	this.data = this.data[:n]
	return x
}

func (this *MyQueue) Peek() int {
	return this.data[len(this.data)-1]
}

func (this *MyQueue) Empty() bool {
	return len(this.data) == 0
}
