//go:build ignore

package main

type DetectSquares struct {
}

func Constructor() DetectSquares {
	return DetectSquares{}
}

func (this *DetectSquares) Add(point []int) {
}

func (this *DetectSquares) Count(point []int) int {
	return 0
}

/**
 * Your DetectSquares object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Add(point);
 * param_2 := obj.Count(point);
 */
