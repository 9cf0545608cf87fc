//go:build ignore

package main

type Solution struct {
}

func Constructor(w []int) Solution {
	return Solution{}
}

func (this *Solution) PickIndex() int {
	return 0
}

/**
 * Your Solution object will be instantiated and called as such:
 * obj := Constructor(w);
 * param_1 := obj.PickIndex();
 */
