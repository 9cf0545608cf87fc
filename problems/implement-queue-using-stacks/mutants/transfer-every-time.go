//go:build ignore

package main

// Mutant: pop and peek pour the input stack onto the output stack every time,
// even when the output stack still holds older elements, so newer elements
// land on top of older ones and leave first.
type MyQueue struct {
	in, out []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	this.in = append(this.in, x)
}

func (this *MyQueue) move() {
	for len(this.in) > 0 {
		n := len(this.in) - 1
		this.out = append(this.out, this.in[n])
		this.in = this.in[:n]
	}
}

func (this *MyQueue) Pop() int {
	this.move()
	n := len(this.out) - 1
	x := this.out[n]
	this.out = this.out[:n]
	return x
}

func (this *MyQueue) Peek() int {
	this.move()
	return this.out[len(this.out)-1]
}

func (this *MyQueue) Empty() bool {
	return len(this.in) == 0 && len(this.out) == 0
}
