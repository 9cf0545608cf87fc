//go:build ignore

package main

type Solution struct {
}

func Constructor(nums []int) Solution {
	return Solution{}
}

func (this *Solution) Pick(target int) int {
	return 0
}

/**
 * Your Solution object will be instantiated and called as such:
 * obj := Constructor(nums);
 * param_1 := obj.Pick(target);
 */
