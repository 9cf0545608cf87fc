//go:build ignore

package main

// Mutant: drops the oldest number before adding the new one, and only when
// the queue already holds more than size numbers, so a full window holds
// size + 1 numbers.
type MovingAverage struct {
	size  int
	queue []int
	sum   int
}

func Constructor(size int) MovingAverage {
	return MovingAverage{size: size}
}

func (this *MovingAverage) Next(val int) float64 {
	if len(this.queue) > this.size {
		this.sum -= this.queue[0]
		this.queue = this.queue[1:]
	}
	this.queue = append(this.queue, val)
	this.sum += val
	return float64(this.sum) / float64(len(this.queue))
}
