//go:build ignore

package main

// Mutant: a ring buffer that stores the new number in its slot before
// subtracting the slot's old number from the sum, so it subtracts the new
// number instead and the sum loses track of the window once it is full.
type MovingAverage struct {
	ring  []int
	count int
	sum   int
}

func Constructor(size int) MovingAverage {
	return MovingAverage{ring: make([]int, size)}
}

func (this *MovingAverage) Next(val int) float64 {
	slot := this.count % len(this.ring)
	this.ring[slot] = val
	if this.count >= len(this.ring) {
		this.sum -= this.ring[slot]
	}
	this.sum += val
	this.count++
	return float64(this.sum) / float64(min(this.count, len(this.ring)))
}
