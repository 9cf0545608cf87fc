//go:build ignore

package main

// MyQueue uses two stacks: pushes go onto in; pops and peeks are served from
// out, which is refilled by moving all of in across (reversing it) only when
// it runs empty. Every element is moved at most once, so each operation is
// amortized O(1).
type MyQueue struct {
	in, out []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	this.in = append(this.in, x)
}

// shift refills out from in when out is empty.
func (this *MyQueue) shift() {
	if len(this.out) > 0 {
		return
	}
	for len(this.in) > 0 {
		n := len(this.in) - 1
		this.out = append(this.out, this.in[n])
		this.in = this.in[:n]
	}
}

func (this *MyQueue) Pop() int {
	this.shift()
	n := len(this.out) - 1
	x := this.out[n]
	this.out = this.out[:n]
	return x
}

func (this *MyQueue) Peek() int {
	this.shift()
	return this.out[len(this.out)-1]
}

func (this *MyQueue) Empty() bool {
	return len(this.in) == 0 && len(this.out) == 0
}
