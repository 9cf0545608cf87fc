//go:build ignore

package main

type MovingAverage struct {
}

func Constructor(size int) MovingAverage {
	return MovingAverage{}
}

func (this *MovingAverage) Next(val int) float64 {
	return 0
}

/**
 * Your MovingAverage object will be instantiated and called as such:
 * obj := Constructor(size);
 * param_1 := obj.Next(val);
 */
