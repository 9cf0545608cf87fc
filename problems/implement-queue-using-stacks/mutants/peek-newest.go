//go:build ignore

package main

// Mutant: when the output stack is empty, peek answers with the top of the
// input stack, which is the newest element rather than the oldest.
type MyQueue struct {
	in, out []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	this.in = append(this.in, x)
}

func (this *MyQueue) Pop() int {
	if len(this.out) == 0 {
		for len(this.in) > 0 {
			n := len(this.in) - 1
			this.out = append(this.out, this.in[n])
			this.in = this.in[:n]
		}
	}
	n := len(this.out) - 1
	x := this.out[n]
	this.out = this.out[:n]
	return x
}

func (this *MyQueue) Peek() int {
	if len(this.out) > 0 {
		return this.out[len(this.out)-1]
	}
	return this.in[len(this.in)-1]
}

func (this *MyQueue) Empty() bool {
	return len(this.in) == 0 && len(this.out) == 0
}
