//go:build ignore

package main

// MovingAverage keeps every number and, on each call, adds up the last size
// of them (or all of them while there are fewer).
type MovingAverage struct {
	size int
	all  []int
}

func Constructor(size int) MovingAverage {
	return MovingAverage{size: size}
}

func (this *MovingAverage) Next(val int) float64 {
	this.all = append(this.all, val)
	window := this.all
	if len(window) > this.size {
		window = window[len(window)-this.size:]
	}
	sum := 0
	for _, v := range window {
		sum += v
	}
	return float64(sum) / float64(len(window))
}
