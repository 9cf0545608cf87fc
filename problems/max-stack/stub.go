//go:build ignore

package main

type MaxStack struct {
}

func Constructor() MaxStack {
	return MaxStack{}
}

func (this *MaxStack) Push(x int) {
}

func (this *MaxStack) Pop() int {
	return 0
}

func (this *MaxStack) Top() int {
	return 0
}

func (this *MaxStack) PeekMax() int {
	return 0
}

func (this *MaxStack) PopMax() int {
	return 0
}

/**
 * Your MaxStack object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Push(x);
 * param_2 := obj.Pop();
 * param_3 := obj.Top();
 * param_4 := obj.PeekMax();
 * param_5 := obj.PopMax();
 */
