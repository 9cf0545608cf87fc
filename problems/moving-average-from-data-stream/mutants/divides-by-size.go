//go:build ignore

package main

// Mutant: always divides by the window size, even before size numbers have
// arrived, so the first averages are too small in magnitude.
//
// No time_limit_exceeded mutant: re-adding the whole window on every call
// costs O(size) per call, but with size <= 1000 and 10^4 calls that is 10^7
// additions, milliseconds, so no slower class can fail at these limits.
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
	return float64(this.sum) / float64(this.size)
}
