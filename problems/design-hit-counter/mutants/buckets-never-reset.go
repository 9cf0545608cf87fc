//go:build ignore

package main

// Mutant: 300 buckets indexed by timestamp % 300, but a bucket is never
// reset when a later second maps to it again, so hits from earlier rounds
// pile up in it and are counted forever.
type HitCounter struct {
	counts [300]int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
	this.counts[timestamp%300]++
}

func (this *HitCounter) GetHits(timestamp int) int {
	total := 0
	for _, c := range this.counts {
		total += c
	}
	return total
}
