//go:build ignore

package main

import "math"

// Mutant: tracks the minimum in one variable that only ever goes down; after
// the minimum is popped, getMin still reports the old value.
type MinStack struct {
	data []int
	min  int
}

func Constructor() MinStack {
	return MinStack{min: math.MaxInt}
}

func (this *MinStack) Push(val int) {
	this.data = append(this.data, val)
	if val < this.min {
		this.min = val
	}
}

func (this *MinStack) Pop() {
	this.data = this.data[:len(this.data)-1]
}

func (this *MinStack) Top() int {
	return this.data[len(this.data)-1]
}

func (this *MinStack) GetMin() int {
	return this.min
}
