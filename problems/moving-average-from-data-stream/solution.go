//go:build ignore

package main

// MovingAverage keeps the window in a ring of size slots and the sum of the
// numbers in it. The slot a new number takes is the one holding the number
// that leaves the window.
type MovingAverage struct {
	ring  []int
	count int // numbers seen so far
	sum   int
}

func Constructor(size int) MovingAverage {
	return MovingAverage{ring: make([]int, size)}
}

func (this *MovingAverage) Next(val int) float64 {
	slot := this.count % len(this.ring)
	if this.count >= len(this.ring) {
		this.sum -= this.ring[slot]
	}
	this.ring[slot] = val
	this.sum += val
	this.count++
	return float64(this.sum) / float64(min(this.count, len(this.ring)))
}
