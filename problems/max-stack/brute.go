//go:build ignore

package main

// MaxStack is a plain slice, bottom first. peekMax and popMax look at every
// element, from the top down, for the first one holding the largest value.
type MaxStack struct {
	items []int
}

func Constructor() MaxStack {
	return MaxStack{}
}

func (this *MaxStack) Push(x int) {
	this.items = append(this.items, x)
}

func (this *MaxStack) Pop() int {
	x := this.items[len(this.items)-1]
	this.items = this.items[:len(this.items)-1]
	return x
}

func (this *MaxStack) Top() int {
	return this.items[len(this.items)-1]
}

// topMost is the index of the highest occurrence of the largest value.
func (this *MaxStack) topMost() int {
	best := len(this.items) - 1
	for i := len(this.items) - 1; i >= 0; i-- {
		if this.items[i] > this.items[best] {
			best = i
		}
	}
	return best
}

func (this *MaxStack) PeekMax() int {
	return this.items[this.topMost()]
}

func (this *MaxStack) PopMax() int {
	i := this.topMost()
	x := this.items[i]
	rest := append([]int{}, this.items[i+1:]...)
	this.items = append(this.items[:i], rest...)
	return x
}
