//go:build ignore

package main

// Mutant: divides the integer sum by the integer count and converts only the
// quotient to float64, so the fraction is lost (5/2 gives 2, -3/2 gives -1).
type MovingAverage struct {
	size   int
	window []int
	sum    int
}

func Constructor(size int) MovingAverage {
	return MovingAverage{size: size}
}

func (this *MovingAverage) Next(val int) float64 {
	this.window = append(this.window, val)
	this.sum += val
	if len(this.window) > this.size {
		this.sum -= this.window[0]
		this.window = this.window[1:]
	}
	return float64(this.sum / len(this.window))
}
