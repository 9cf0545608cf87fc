//go:build ignore

package main

// Mutant: the auxiliary stack of minimums only grows on a strictly smaller
// value, so when one of two equal minimums is popped, the other is lost.
type MinStack struct {
	data, mins []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	this.data = append(this.data, val)
	if len(this.mins) == 0 || val < this.mins[len(this.mins)-1] {
		this.mins = append(this.mins, val)
	}
}

func (this *MinStack) Pop() {
	val := this.data[len(this.data)-1]
	this.data = this.data[:len(this.data)-1]
	if val == this.mins[len(this.mins)-1] {
		this.mins = this.mins[:len(this.mins)-1]
	}
}

func (this *MinStack) Top() int {
	return this.data[len(this.data)-1]
}

func (this *MinStack) GetMin() int {
	return this.mins[len(this.mins)-1]
}
