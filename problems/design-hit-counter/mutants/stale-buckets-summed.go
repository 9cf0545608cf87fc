//go:build ignore

package main

// Mutant: 300 buckets that remember their second and are reset when a hit
// reuses them, but getHits sums every bucket without checking its second,
// so a bucket whose hits left the window long ago (and that no later hit has
// overwritten) is still counted.
type HitCounter struct {
	seconds [300]int
	counts  [300]int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
	i := timestamp % 300
	if this.seconds[i] != timestamp {
		this.seconds[i] = timestamp
		this.counts[i] = 0
	}
	this.counts[i]++
}

func (this *HitCounter) GetHits(timestamp int) int {
	total := 0
	for _, c := range this.counts {
		total += c
	}
	return total
}
