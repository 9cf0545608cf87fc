//go:build ignore

package main

// Mutant: stores (value, minimum so far) pairs, but the running minimum starts
// at the struct's zero value instead of at the first element, so a stack of
// positive numbers reports a minimum of 0.
type MinStack struct {
	vals, mins []int
	cur        int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	if val < this.cur {
		this.cur = val
	}
	this.vals = append(this.vals, val)
	this.mins = append(this.mins, this.cur)
}

func (this *MinStack) Pop() {
	this.vals = this.vals[:len(this.vals)-1]
	this.mins = this.mins[:len(this.mins)-1]
	if n := len(this.mins); n > 0 {
		this.cur = this.mins[n-1]
	}
}

func (this *MinStack) Top() int {
	return this.vals[len(this.vals)-1]
}

func (this *MinStack) GetMin() int {
	return this.mins[len(this.mins)-1]
}
