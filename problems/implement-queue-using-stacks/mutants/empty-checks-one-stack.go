//go:build ignore

package main

// Mutant: empty looks only at the input stack and forgets the elements
// already moved to the output stack.
type MyQueue struct {
	in, out []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	this.in = append(this.in, x)
}

func (this *MyQueue) shift() {
	if len(this.out) == 0 {
		for len(this.in) > 0 {
			n := len(this.in) - 1
			this.out = append(this.out, this.in[n])
			this.in = this.in[:n]
		}
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
	return len(this.in) == 0
}
