//go:build ignore

package main

// Mutant: records hits in a set of timestamps, so several hits in the same
// second count once.
type HitCounter struct {
	seen map[int]bool
}

func Constructor() HitCounter {
	return HitCounter{seen: map[int]bool{}}
}

func (this *HitCounter) Hit(timestamp int) {
	this.seen[timestamp] = true
}

func (this *HitCounter) GetHits(timestamp int) int {
	count := 0
	for t := range this.seen {
		if t > timestamp-300 && t <= timestamp {
			count++
		}
	}
	return count
}
