//go:build ignore

package main

// Mutant: right answers from a stack and a parallel stack of running maxima,
// but popMax pops elements into a buffer until it reaches the maximum and
// then pushes the buffer back: O(n) per popMax, quadratic when the maximum
// sits at the bottom of a long stack.
// verdict: time_limit_exceeded
type MaxStack struct {
	stack, maxes []int
}

func Constructor() MaxStack {
	return MaxStack{}
}

func (this *MaxStack) Push(x int) {
	m := x
	if len(this.maxes) > 0 && this.maxes[len(this.maxes)-1] > m {
		m = this.maxes[len(this.maxes)-1]
	}
	this.stack = append(this.stack, x)
	this.maxes = append(this.maxes, m)
}

func (this *MaxStack) Pop() int {
	x := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	this.maxes = this.maxes[:len(this.maxes)-1]
	return x
}

func (this *MaxStack) Top() int {
	return this.stack[len(this.stack)-1]
}

func (this *MaxStack) PeekMax() int {
	return this.maxes[len(this.maxes)-1]
}

func (this *MaxStack) PopMax() int {
	m := this.PeekMax()
	var buf []int
	for this.Top() != m {
		buf = append(buf, this.Pop())
	}
	this.Pop()
	for i := len(buf) - 1; i >= 0; i-- {
		this.Push(buf[i])
	}
	return m
}
