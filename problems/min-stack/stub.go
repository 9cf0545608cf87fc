//go:build ignore

package main

type MinStack struct {
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
}

func (this *MinStack) Pop() {
}

func (this *MinStack) Top() int {
	return 0
}

func (this *MinStack) GetMin() int {
	return 0
}

/**
 * Your MinStack object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Push(val);
 * obj.Pop();
 * param_3 := obj.Top();
 * param_4 := obj.GetMin();
 */
